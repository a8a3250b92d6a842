namespace Hive.Cluster.Trading;

/// <summary>Buying power held for one open order.</summary>
public sealed record ReservationView(string OrderId, string Instrument, string Side, decimal Quantity, string Currency, decimal Amount);
