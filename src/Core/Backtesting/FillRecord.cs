namespace Hive.Core.Backtesting;

/// <summary>One execution of a backtest, as written to the JSON report (side <c>buy</c>/<c>sell</c>, liquidity <c>maker</c>/<c>taker</c>).</summary>
public sealed record FillRecord(DateTime Time, string Instrument, string Side, decimal Quantity, decimal Price, decimal Fee,
    string Liquidity, string OrderId, string TradeId);
