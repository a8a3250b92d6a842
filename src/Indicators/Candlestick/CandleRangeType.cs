namespace Hive.Indicators.Candlestick;

/// <summary>What a candle setting measures on each bar (TA-Lib's <c>TA_RangeType</c>).</summary>
public enum CandleRangeType
{
    /// <summary><c>|close - open|</c>.</summary>
    RealBody,

    /// <summary><c>high - low</c>.</summary>
    HighLow,

    /// <summary>Upper plus lower shadow; averages of this kind are halved, giving one average shadow.</summary>
    Shadows,
}
