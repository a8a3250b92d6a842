namespace Hive.Indicators.Candlestick;

/// <summary>
/// The full set of candle thresholds. <see cref="TaLibDefault"/> holds TA-Lib's defaults, which the golden
/// tests pin; <see cref="With"/> gives a modified copy so a caller can tune a pattern without touching
/// anyone else's.
/// </summary>
public sealed class CandleSettings
{
    private static readonly int SettingCount = Enum.GetValues<CandleSettingType>().Length;

    private readonly CandleSetting[] _settings;

    private CandleSettings(CandleSetting[] settings) => _settings = settings;

    /// <summary>TA-Lib's <c>TA_CandleDefaultSettings</c>.</summary>
    public static CandleSettings TaLibDefault { get; } = new(
    [
        new(CandleRangeType.RealBody, 10, 1.0),  // BodyLong
        new(CandleRangeType.RealBody, 10, 3.0),  // BodyVeryLong
        new(CandleRangeType.RealBody, 10, 1.0),  // BodyShort
        new(CandleRangeType.HighLow, 10, 0.1),   // BodyDoji
        new(CandleRangeType.RealBody, 0, 1.0),   // ShadowLong
        new(CandleRangeType.RealBody, 0, 2.0),   // ShadowVeryLong
        new(CandleRangeType.Shadows, 10, 1.0),   // ShadowShort
        new(CandleRangeType.HighLow, 10, 0.1),   // ShadowVeryShort
        new(CandleRangeType.HighLow, 5, 0.2),    // Near
        new(CandleRangeType.HighLow, 5, 0.6),    // Far
        new(CandleRangeType.HighLow, 5, 0.05),   // Equal
    ]);

    public CandleSetting this[CandleSettingType type] => _settings[(int)type];

    /// <summary>A copy with one setting replaced.</summary>
    public CandleSettings With(CandleSettingType type, CandleSetting setting)
    {
        if ((uint)type >= (uint)SettingCount)
            throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown candle setting.");
        if (setting.AveragePeriod < 0)
            throw new ArgumentOutOfRangeException(nameof(setting), setting.AveragePeriod, $"Average period of {type} must be 0 or more.");
        if (double.IsNaN(setting.Factor) || double.IsInfinity(setting.Factor) || setting.Factor < 0)
            throw new ArgumentOutOfRangeException(nameof(setting), setting.Factor, $"Factor of {type} must be a finite number, 0 or more.");
        var copy = (CandleSetting[])_settings.Clone();
        copy[(int)type] = setting;
        return new CandleSettings(copy);
    }
}
