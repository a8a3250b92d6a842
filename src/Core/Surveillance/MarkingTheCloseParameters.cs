namespace Hive.Core.Surveillance;

/// <summary>
/// What makes trading at the end of a session look aimed at the closing price. Defaults: the session closes at
/// <see cref="SessionCloseUtc"/> (21:00 UTC, the New York close in winter); the closing window is the last
/// <see cref="ClosingWindow"/> (10 minutes); flagged when an account's taker fills there come from at least
/// <see cref="MinAggressiveOrders"/> (3) orders, make up at least <see cref="MinConcentration"/> (0.5) of what it traded in
/// the instrument that session, and the close ends at least <see cref="MinMoveBps"/> (20 bp) away from the last price before
/// the window, in the direction the account traded.
/// </summary>
public sealed record MarkingTheCloseParameters(
    TimeSpan SessionCloseUtc, TimeSpan ClosingWindow, int MinAggressiveOrders, decimal MinConcentration, decimal MinMoveBps)
{
    public static readonly MarkingTheCloseParameters Default = new(TimeSpan.FromHours(21), TimeSpan.FromMinutes(10), 3, 0.5m, 20m);
}
