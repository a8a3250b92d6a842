namespace Hive.Indicators.Candlestick;

/// <summary>
/// One threshold: <see cref="Factor"/> times the average of <see cref="RangeType"/> over the
/// <see cref="AveragePeriod"/> bars before the candle (or the candle's own range when the period is 0).
/// </summary>
public readonly record struct CandleSetting(CandleRangeType RangeType, int AveragePeriod, double Factor)
{
    /// <summary>
    /// TA-Lib's <c>TA_CANDLEAVERAGE</c>: <c>factor × (total / period, or the own range) / (shadows ? 2 : 1)</c>, with the
    /// operations in the same order so results agree to the bit. Dividing by 1 is skipped and dividing by 2 is a
    /// multiplication by 0.5; both are exact in IEEE arithmetic, so nothing changes but the cost.
    /// </summary>
    public double Average(double periodTotal, double ownRange)
    {
        var scaled = Factor * (AveragePeriod != 0 ? periodTotal / AveragePeriod : ownRange);
        return RangeType == CandleRangeType.Shadows ? scaled * 0.5 : scaled;
    }
}
