namespace Hive.Indicators.Candlestick;

/// <summary>
/// Computes one candlestick pattern over a whole series. <paramref name="output"/> must be as long as the
/// inputs; indices before the first valid one are set to 0. Returns the first valid index (the lookback,
/// or the input length when the series is too short). <paramref name="penetration"/> is ignored by
/// patterns without TA-Lib's <c>optInPenetration</c>.
/// </summary>
public delegate int CandlestickBatch(
    ReadOnlySpan<double> open,
    ReadOnlySpan<double> high,
    ReadOnlySpan<double> low,
    ReadOnlySpan<double> close,
    Span<int> output,
    double penetration);
