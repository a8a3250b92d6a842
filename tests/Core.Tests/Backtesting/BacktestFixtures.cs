using Hive.Core.Backtesting;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Backtesting;

/// <summary>Hand-made series and a strategy that submits the orders it is told to, at the bars it is told to.</summary>
internal static class BacktestFixtures
{
    /// <summary>Monday 1 January 2024.</summary>
    public static readonly DateTime Monday = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    public static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");

    /// <summary>Daily bars from (open, high, low, close, volume) rows, one day apart from <see cref="Monday"/>.</summary>
    public static BacktestFeed Feed(Instrument instrument, params (double O, double H, double L, double C, double V)[] rows) => Feed(instrument, Monday, rows);

    public static BacktestFeed Feed(Instrument instrument, DateTime start, params (double O, double H, double L, double C, double V)[] rows)
    {
        var series = BarSeries.Allocate(instrument.Id, BarInterval.OneDay, rows.Length, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            series.Times[i] = BarSeries.ToUnixMs(start.AddDays(i));
            (series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i]) = rows[i];
        }
        return new BacktestFeed(instrument, series);
    }

    public static BacktestResult Run(IStrategy strategy, BacktestSettings settings, params BacktestFeed[] feeds) =>
        new BacktestEngine(settings).Run(strategy, "scripted", new Dictionary<string, string>(), feeds);
}

internal sealed class ScriptedStrategy : IStrategy
{
    private readonly Dictionary<int, List<StrategyOrder>> _orders = new();
    private int _baseBars;

    public List<Bar> Seen { get; } = new();
    public List<OrderTicket> Tickets { get; } = new();

    /// <summary>Submit <paramref name="order"/> at the close of base bar number <paramref name="barIndex"/> (0-based, across instruments).</summary>
    public ScriptedStrategy At(int barIndex, StrategyOrder order)
    {
        if (!_orders.TryGetValue(barIndex, out var list)) _orders[barIndex] = list = new List<StrategyOrder>();
        list.Add(order);
        return this;
    }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        Seen.Add(bar);
        if (bar.Interval != BarInterval.OneDay) return;
        if (_orders.TryGetValue(_baseBars++, out var orders))
            foreach (var order in orders) Tickets.Add(context.Submit(order));
    }

    public static StrategyOrder Buy(decimal quantity, Instrument? instrument = null) => StrategyOrder.Market((instrument ?? BacktestFixtures.Aaa).Id, OrderSide.Buy, quantity);

    public static StrategyOrder Sell(decimal quantity, Instrument? instrument = null) => StrategyOrder.Market((instrument ?? BacktestFixtures.Aaa).Id, OrderSide.Sell, quantity);
}
