using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Risk;

namespace Hive.Core.Tests.Risk;

/// <summary>An account's exposure and historical VaR/CVaR in money, on hand-made positions and closes worked by hand.</summary>
public class PositionRiskTests
{
    private static readonly InstrumentId A = new("SIM", "A"), B = new("SIM", "B"), Coin = new("SIMX", "COIN");
    private static readonly DateTime Day0 = new(2020, 1, 6, 0, 0, 0, DateTimeKind.Utc);

    // Long 10 A at 100 (value 1,000), short 10 B at 50 (value −500).
    private static readonly MarkedPosition[] Positions =
    [
        new(A, AssetClass.Stock, "USD", 10m, 100m),
        new(B, AssetClass.Stock, "USD", -10m, 50m),
    ];

    private static BarSeries Daily(InstrumentId id, params double[] closes)
    {
        var times = closes.Select((_, i) => BarSeries.ToUnixMs(Day0.AddDays(i))).ToArray();
        return new BarSeries(id, BarInterval.OneDay, times, closes, closes, closes, closes, closes.Select(_ => 1.0).ToArray(), closes.Length);
    }

    // A: 100, 110, 99, 99 → returns 0.1, −0.1, 0. B: 50, 50, 55, 44 → 0, 0.1, −0.2.
    // Daily P&L: 1,000 × 0.1 = 100; 1,000 × −0.1 − 500 × 0.1 = −150; −500 × −0.2 = 100.
    private static readonly Dictionary<InstrumentId, BarSeries> History = new()
    {
        [A] = Daily(A, 100, 110, 99, 99),
        [B] = Daily(B, 50, 50, 55, 44),
    };

    [Fact]
    public void Var_is_the_kth_worst_daily_pnl_of_todays_positions_over_their_shared_history()
    {
        var usd = Assert.Single(PositionRisk.Var(Positions, History, [0.95, 0.5], 250));

        // Sorted P&L: −150, 100, 100. 95%: k = ⌈0.05 × 3⌉ = 1: VaR = CVaR = 150. 50%: k = ⌈1.5⌉ = 2: VaR = −100 (a gain),
        // CVaR = −(−150 + 100) / 2 = 25.
        Assert.Equal([new VarAmount(0.95, 150m, 150m), new VarAmount(0.5, -100m, 25m)], usd.Results);
        Assert.Equal((3, new DateOnly(2020, 1, 7), new DateOnly(2020, 1, 9), (string?)null), (usd.Observations, usd.From, usd.To, usd.Reason));
    }

    [Fact]
    public void The_lookback_keeps_only_the_newest_daily_returns()
    {
        // The last two P&Ls: −150 and 100; 50%: k = 1, VaR 150.
        var usd = Assert.Single(PositionRisk.Var(Positions, History, [0.5], 2));
        Assert.Equal((2, 150m, new DateOnly(2020, 1, 8)), (usd.Observations, usd.Results[0].Var, usd.From));
    }

    [Fact]
    public void A_position_without_history_leaves_its_currencys_var_unestimated_and_says_why()
    {
        var usd = Assert.Single(PositionRisk.Var(Positions, new Dictionary<InstrumentId, BarSeries> { [A] = History[A] }, PositionRisk.Confidences, 250));
        Assert.Empty(usd.Results);
        Assert.Equal("no daily history of SIM:B", usd.Reason);
    }

    [Fact]
    public void Exposure_is_gross_and_net_per_currency_by_asset_class_and_instrument()
    {
        MarkedPosition[] positions = [.. Positions, new(Coin, AssetClass.Crypto, "USD", 2m, 300m)];

        var usd = Assert.Single(PositionRisk.Exposure(positions));
        // Gross 1,000 + 500 + 600; net 1,000 − 500 + 600.
        Assert.Equal((2_100m, 1_100m), (usd.Gross, usd.Net));
        Assert.Equal([new ExposureGroup("crypto", 600m, 600m), new ExposureGroup("stock", 1_500m, 500m)], usd.ByAssetClass);
        Assert.Equal(["SIM:A", "SIM:B", "SIMX:COIN"], usd.ByInstrument.Select(g => g.Name));
        Assert.Equal(-500m, usd.ByInstrument[1].Net);
    }
}
