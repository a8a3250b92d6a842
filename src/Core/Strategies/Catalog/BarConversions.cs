using Hive.Core.MarketData;
using Hive.Indicators;

namespace Hive.Core.Strategies.Catalog;

/// <summary>Bars as the indicators read them: TA-Lib computes in double, so prices cross over here and only here.</summary>
public static class BarConversions
{
    public static Ohlcv ToOhlcv(this Bar bar) =>
        new((double)bar.Open, (double)bar.High, (double)bar.Low, (double)bar.Close, (double)bar.Volume);
}
