namespace Hive.Indicators.Internal;

/// <summary>TA-Lib's <c>TA_MA</c>: builds the core for a moving-average type and gives its lookback.</summary>
internal static class MovingAverage
{
    public static Core Create(MaType type, int period)
    {
        if (period == 1) return new IdentityCore();
        return type switch
        {
            MaType.Sma => new SmaCore(period),
            MaType.Ema => new EmaCore(period),
            MaType.Wma => new WmaCore(period),
            MaType.Dema => new DemaCore(period),
            MaType.Tema => new TemaCore(period),
            MaType.Trima => new TrimaCore(period),
            MaType.Kama => new KamaCore(period),
            MaType.Mama => new MamaCore(0.5, 0.05),
            _ => new T3Core(period, 0.7),
        };
    }

    public static int Lookback(MaType type, int period)
    {
        if (period <= 1) return 0;
        return type switch
        {
            MaType.Sma or MaType.Wma or MaType.Trima or MaType.Ema => period - 1,
            MaType.Dema => 2 * (period - 1),
            MaType.Tema => 3 * (period - 1),
            MaType.Kama => period,
            MaType.Mama => 32,
            _ => 6 * (period - 1),
        };
    }
}
