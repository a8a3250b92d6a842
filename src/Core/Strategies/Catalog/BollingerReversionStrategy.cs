using Hive.Core.Ids;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>bollinger-reversion</c>: buy a close below the lower band, close at the middle band (short above the upper band with <c>allowShort</c>). Bands are TA-Lib's BBANDS (SMA, population deviation), first ready at index
/// <c>period − 1</c>.
/// </summary>
public sealed class BollingerReversionStrategy : BollingerBandStrategy, ICatalogStrategy
{
    public const string StrategyName = "bollinger-reversion";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Bollinger reversion: buy a close below the lower band, sell at the middle band.",
        "On each bar's close, with Bollinger bands of closes (SMA(period) ± deviations × population standard deviation, TA-Lib BBANDS): a close below the lower band goes long; a close above the upper band goes short when allowShort; otherwise a long is closed once the close is at or above the middle band and a short once it is at or below it. Market orders; no new order while one works.",
        Parameters,
        a => Build(a, (instrument, period, deviations, sizing, allowShort) => new BollingerReversionStrategy(instrument, period, deviations, sizing, allowShort)));

    public BollingerReversionStrategy(InstrumentId instrument, int period = 20, decimal deviations = 2m, EntrySizing? sizing = null, bool allowShort = false)
        : base(instrument, period, deviations, sizing, allowShort, BandRules.Reversion)
    {
    }
}
