namespace Hive.Indicators.Candlestick;

/// <summary>
/// One TA-Lib candlestick pattern as the registry sees it: TA-Lib's name (e.g. <c>CDLDOJI</c>), its hint,
/// the default <c>optInPenetration</c> (null when the pattern has none), the lookback for a given
/// penetration, the batch function and a factory for its streaming twin.
/// </summary>
public sealed record CandlestickFunction(
    string Name,
    string Hint,
    double? DefaultPenetration,
    Func<double, int> Lookback,
    CandlestickBatch Compute,
    Func<double, IStreamingIndicator> CreateStream);
