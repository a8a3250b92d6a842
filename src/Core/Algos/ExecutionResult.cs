namespace Hive.Core.Algos;

/// <summary>
/// The execution quality of one simulated parent order, as <c>hive execution simulate --json</c> writes it. Prices in
/// the instrument's quote currency; slippage in basis points of the benchmark, positive when it cost the trader
/// (a buy above, a sell below); <see cref="Participation"/> is the filled quantity over the market volume of the
/// window's bars; <see cref="IntervalVwap"/> is the volume-weighted typical price (high + low + close)/3 of those bars.
/// </summary>
public sealed record ExecutionResult(
    string Algo,
    string Side,
    decimal Quantity,
    decimal FilledQuantity,
    decimal AveragePrice,
    decimal ArrivalPrice,
    decimal IntervalVwap,
    decimal SlippageVsArrivalBps,
    decimal SlippageVsVwapBps,
    decimal Participation,
    IReadOnlyList<ExecutionChild> Children);
