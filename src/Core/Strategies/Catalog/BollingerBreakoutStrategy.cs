using Hive.Core.Ids;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>bollinger-breakout</c>: buy a close above the upper band, close when the close drops below the middle band (short below the lower band with <c>allowShort</c>). Bands are TA-Lib's BBANDS (SMA, population deviation), first ready at index
/// <c>period − 1</c>.
/// </summary>
public sealed class BollingerBreakoutStrategy : BollingerBandStrategy, ICatalogStrategy
{
    public const string StrategyName = "bollinger-breakout";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Bollinger breakout: buy a close above the upper band, sell when it falls back below the middle.",
        "On each bar's close, with Bollinger bands of closes (SMA(period) ± deviations × population standard deviation, TA-Lib BBANDS): a close above the upper band goes long; a close below the lower band goes short when allowShort; otherwise a long is closed once the close is below the middle band and a short once it is above it. Market orders; no new order while one works.",
        Parameters,
        a => Build(a, (instrument, period, deviations, sizing, allowShort) => new BollingerBreakoutStrategy(instrument, period, deviations, sizing, allowShort)));

    public BollingerBreakoutStrategy(InstrumentId instrument, int period = 20, decimal deviations = 2m, EntrySizing? sizing = null, bool allowShort = false)
        : base(instrument, period, deviations, sizing, allowShort, BandRules.Breakout)
    {
    }
}
