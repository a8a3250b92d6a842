using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Indicators;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Catalog;

public class KeltnerBreakoutStrategyTests
{
    // EMA(3) of closes, ATR(3), multiplier 0.5. Bars 0-3: close 10, high 11, low 9 -> true range 2, ATR 2 at bar 3, EMA 10.
    // Bar 4 (O 10 H 15.5 L 10 C 15): TR 5.5, ATR (2·2 + 5.5)/3 = 3.17, EMA 12.5 -> upper 14.08 < 15: buy.
    // Bar 5 (O 15 H 15 L 11 C 11): TR 4, ATR 3.44, EMA 11.75 -> below the middle: sell (above the lower line 10.03: no short).
    private static readonly List<Hive.Core.MarketData.Bar> Bars =
    [
        CatalogBars.Ohlc(0, 10, 11, 9, 10), CatalogBars.Ohlc(1, 10, 11, 9, 10), CatalogBars.Ohlc(2, 10, 11, 9, 10), CatalogBars.Ohlc(3, 10, 11, 9, 10),
        CatalogBars.Ohlc(4, 10, 15.5m, 10, 15), CatalogBars.Ohlc(5, 15, 15, 11, 11),
    ];

    [Fact]
    public void Buys_a_close_above_the_upper_line_and_sells_a_close_below_the_ema()
    {
        Assert.Equal([(4, OrderSide.Buy, 2m), (5, OrderSide.Sell, 2m)],
            CatalogBars.Run(new KeltnerBreakoutStrategy(TestData.Spx.Id, 3, 3, 0.5m, new EntrySizing(2m)), Bars));
        Assert.Equal([(4, OrderSide.Buy, 2m), (5, OrderSide.Sell, 2m)],
            CatalogBars.Run(new KeltnerBreakoutStrategy(TestData.Spx.Id, 3, 3, 0.5m, new EntrySizing(2m), allowShort: true), Bars));
    }

    [Fact]
    public void Signals_match_the_batch_ema_and_atr_on_a_longer_series()
    {
        var bars = CatalogBars.Wave(250);
        var closes = CatalogBars.CloseValues(bars);
        var ema = new double[bars.Count];
        var atr = new double[bars.Count];
        Overlap.Ema(closes, ema, 10);
        Volatility.Atr(CatalogBars.Highs(bars), CatalogBars.Lows(bars), closes, atr, 5);
        var targets = new int?[bars.Count];
        var side = 0;
        for (var i = 0; i < bars.Count; i++)
        {
            if (double.IsNaN(ema[i]) || double.IsNaN(atr[i])) continue;
            var (upper, lower) = (ema[i] + 1.5 * atr[i], ema[i] - 1.5 * atr[i]);
            int? target = closes[i] > upper ? 1 : closes[i] < lower ? -1 : side > 0 && closes[i] < ema[i] ? 0 : side < 0 && closes[i] > ema[i] ? 0 : null;
            if (target is { } t) { targets[i] = t; side = t; }
        }
        var expected = CatalogBars.Expected(targets, 1m);
        Assert.True(expected.Count >= 4, $"the series should break out several times, got {expected.Count}");
        Assert.True(expected[0].Bar >= 10, "no signal before the EMA and ATR are both ready");
        Assert.Equal(expected, CatalogBars.Run(new KeltnerBreakoutStrategy(TestData.Spx.Id, 10, 5, 1.5m, new EntrySizing(1m), allowShort: true), bars));
    }
}
