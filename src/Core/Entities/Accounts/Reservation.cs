namespace Hive.Core.Entities.Accounts;

/// <summary>Buying power set aside for one open order.</summary>
public sealed record Reservation(string Currency, decimal Amount);
