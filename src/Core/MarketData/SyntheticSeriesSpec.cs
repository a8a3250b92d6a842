using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.MarketData;

/// <summary>What <see cref="SyntheticBarGenerator"/> should produce. Times are UTC, <paramref name="To"/> exclusive.</summary>
public sealed record SyntheticSeriesSpec(
    InstrumentId Instrument,
    AssetClass AssetClass,
    BarInterval Interval,
    DateTime From,
    DateTime To,
    decimal StartPrice,
    double AnnualVolatility,
    int Seed,
    int DegreesOfFreedom = 4,
    int PriceDecimals = 2,
    double MeanVolume = 100);
