using Hive.Core.Algos;
using Hive.Core.Backtesting;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Algos;

/// <summary>Hand-made minute bars and parameters for the execution algorithm tests.</summary>
internal static class AlgoFixtures
{
    /// <summary>Tuesday 2 January 2024, 14:30 UTC (09:30 in New York).</summary>
    public static readonly DateTime Start = new(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc);
    public static readonly Instrument Stock = Instrument.Stock("SIM", "AAA");
    public static readonly Instrument Coin = Instrument.Crypto("SIMX", "BTC", "USDT", 0.01m, 0.001m);
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static ExecutionParameters Parse(string algo, decimal quantity, DateTime start, DateTime end, params (string Name, string Value)[] values) =>
        ExecutionCatalog.Parse(algo, OrderSide.Buy, quantity, start, end, values.ToDictionary(v => v.Name, v => v.Value), Stock);

    /// <summary>One-minute bars from <paramref name="first"/>, each opening at <paramref name="price"/>(i) and closing there, with volume(i).</summary>
    public static BacktestFeed Minutes(Instrument instrument, DateTime first, int count, Func<int, double> price, Func<int, double> volume)
    {
        var series = BarSeries.Allocate(instrument.Id, BarInterval.OneMinute, count, count);
        for (var i = 0; i < count; i++)
        {
            var p = price(i);
            series.Times[i] = BarSeries.ToUnixMs(first.AddMinutes(i));
            (series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i]) = (p, p + 0.5, p - 0.5, p, volume(i));
        }
        return new BacktestFeed(instrument, series);
    }

    public static MarketObservation Bar(DateTime open, decimal price, decimal volume = 10_000m) => new(open, Minute, price, volume);

    /// <summary>Observes one-minute bars opening at <paramref name="from"/> up to <paramref name="until"/>, deciding after each;
    /// every child sent is filled in full at <paramref name="price"/> before the next bar.</summary>
    public static (ParentOrder Parent, List<SendChild> Sent) DriveFilling(ParentOrder parent, DateTime from, DateTime until, decimal price = 100m, decimal volume = 10_000m)
    {
        var sent = new List<SendChild>();
        for (var open = from; open <= until; open += Minute)
        {
            parent = parent.Observe(Bar(open, price, volume));
            (parent, var actions) = parent.Decide();
            foreach (var send in actions.OfType<SendChild>())
            {
                sent.Add(send);
                parent = parent.OnChildProgress(send.Number, send.Quantity, price, 0m, open: false);
            }
        }
        return (parent, sent);
    }
}
