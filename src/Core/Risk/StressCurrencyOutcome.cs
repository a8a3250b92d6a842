namespace Hive.Core.Risk;

/// <summary>
/// The positions in one currency under a scenario: <see cref="Value"/> today (longs less shorts at their marks), the P&amp;L at
/// the window's end, the worst P&amp;L on any of its dates (never above 0, the start) and the date it came, and the worst
/// drawdown: the largest fall of the positions' value from its highest point so far within the window. <see cref="Cash"/> is
/// the cash held in the currency, which no scenario moves: with it, <see cref="Equity"/> is what the account is worth today
/// and <see cref="WorstShareOfEquity"/> the worst P&amp;L as a share of that (null while equity is not positive).
/// </summary>
public sealed record StressCurrencyOutcome(string Currency, decimal Value, decimal Pnl, decimal WorstPnl, DateOnly? WorstDate, decimal WorstDrawdown,
    decimal Cash = 0m)
{
    public decimal Equity => Cash + Value;

    public decimal? WorstShareOfEquity => Equity > 0m ? WorstPnl / Equity : null;
}
