using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Strategies.Portfolio;

/// <summary>An order as a test states it: the slice (time step) it was placed on, what, how many and at what price.</summary>
internal sealed record Placed(int Bar, string Symbol, OrderSide Side, decimal Quantity, decimal? Price = null, OrderType Type = OrderType.Market);

/// <summary>A fill as a test states it: the slice whose bar it filled on.</summary>
internal sealed record Filled(int Bar, string Symbol, OrderSide Side, decimal Quantity, decimal Price);

/// <summary>
/// Runs a strategy through a <see cref="PaperTradingHost"/> (real venues, orders and account) on hand-made slices of
/// bars, one slice per time step, and records which orders each slice produced and where fills landed.
/// </summary>
internal sealed class PortfolioHarness
{
    /// <summary>A Monday, so daily series start on a trading day.</summary>
    public static readonly DateTime Day0 = new(2024, 1, 8, 0, 0, 0, DateTimeKind.Utc);

    private readonly List<DateTime> _sliceTimes = new();

    public PortfolioHarness(IStrategy strategy, IReadOnlyList<Instrument> instruments, decimal cash = 10_000m,
        AccountType type = AccountType.Cash, FillModelSettings? settings = null)
    {
        var venues = new List<PaperVenue>();
        foreach (var group in instruments.GroupBy(i => i.Id.Venue))
        {
            var venue = new PaperVenue(group.Key, settings);
            foreach (var instrument in group) venue.AddInstrument(instrument);
            venues.Add(venue);
        }
        Host = new PaperTradingHost(strategy, new StrategyId("t"), TestData.OpenAccount(type, cash, type == AccountType.Margin ? 2m : 1m), venues);
    }

    public PaperTradingHost Host { get; }

    public List<Placed> Placed { get; } = new();

    public static Bar Flat(Instrument instrument, DateTime open, BarInterval interval, decimal price, decimal volume = 1_000_000m) =>
        new(instrument.Id, open, interval, price, price, price, price, volume);

    public static Bar Daily(Instrument instrument, int day, decimal price) => Flat(instrument, Day0.AddDays(day), BarInterval.OneDay, price);

    /// <summary>Daily flat bars for several instruments, one column of closes per instrument.</summary>
    public static List<Bar[]> DailySlices(IReadOnlyList<Instrument> instruments, params decimal[][] closesByInstrument)
    {
        var slices = new List<Bar[]>();
        for (var day = 0; day < closesByInstrument[0].Length; day++)
            slices.Add(instruments.Select((instrument, i) => Daily(instrument, day, closesByInstrument[i][day])).ToArray());
        return slices;
    }

    public PortfolioHarness Run(IEnumerable<Bar[]> slices)
    {
        foreach (var slice in slices)
        {
            var before = Host.Orders.Count();
            _sliceTimes.Add(slice[0].OpenTime);
            foreach (var bar in slice) Host.OnBar(bar);
            foreach (var order in Host.Orders.Skip(before))
            {
                var request = order.Request!;
                Placed.Add(new Placed(_sliceTimes.Count - 1, request.InstrumentId.Symbol, request.Side, request.Quantity,
                    request.LimitPrice ?? request.StopPrice, request.Type));
            }
        }
        return this;
    }

    public PortfolioHarness Run(IEnumerable<Bar> bars) => Run(bars.Select(b => new[] { b }));

    public List<Filled> Fills => Host.Fills
        .Select(f => new Filled(_sliceTimes.IndexOf(f.ExecutedAt), f.InstrumentId.Symbol, f.Side, f.Quantity, f.Price)).ToList();

    public decimal Position(Instrument instrument) => Host.PositionOf(instrument.Id);
}
