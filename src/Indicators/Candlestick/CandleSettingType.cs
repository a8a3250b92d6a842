namespace Hive.Indicators.Candlestick;

/// <summary>The eleven named thresholds TA-Lib's candlestick patterns compare bars with (<c>TA_CandleSettingType</c>).</summary>
public enum CandleSettingType
{
    BodyLong,
    BodyVeryLong,
    BodyShort,
    BodyDoji,
    ShadowLong,
    ShadowVeryLong,
    ShadowShort,
    ShadowVeryShort,
    Near,
    Far,
    Equal,
}
