using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Strategies;

/// <summary>
/// A strategy whose every decision comes from FsCheck (order type, side, size, price, cancels) paper-trades
/// a fixed bar series with slippage, fees and a volume cap: the order state machine must accept every
/// venue report, and the account must reconcile with its fills.
/// </summary>
public class PaperTradingProperties
{
    private sealed class ScriptedStrategy(int[] codes) : IStrategy
    {
        private int _next;

        public void OnBar(IStrategyContext context, Bar bar)
        {
            if (_next >= codes.Length) return;
            var u = (uint)codes[_next++];
            var side = (u % 2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var quantity = 1 + u / 2 % 40;
            var price = Math.Round(bar.Close * (0.97m + u / 80 % 7 / 100m), 2);
            var open = context.OpenOrders();
            switch (u / 560 % 7)
            {
                case 0: context.Submit(StrategyOrder.Market(bar.Instrument, side, quantity)); break;
                case 1: context.Submit(StrategyOrder.Limit(bar.Instrument, side, quantity, price)); break;
                case 2: context.Submit(new StrategyOrder(bar.Instrument, side, OrderType.Stop, quantity, StopPrice: price)); break;
                case 3: context.Submit(new StrategyOrder(bar.Instrument, side, OrderType.Limit, quantity, price, TimeInForce: TimeInForce.Ioc)); break;
                case 4: context.Submit(new StrategyOrder(bar.Instrument, side, OrderType.TrailingStop, quantity, TrailingOffset: 1.5m)); break;
                case 5 when open.Count > 0: context.Cancel(open[(int)(u / 3920 % (uint)open.Count)].ClientOrderId); break;
                default: break;
            }
        }
    }

    private static readonly List<Bar> Bars = Enumerable.Range(0, 120).Select(i =>
    {
        var open = 100m + (decimal)Math.Round(10 * Math.Sin(i / 6.0), 2);
        var close = 100m + (decimal)Math.Round(10 * Math.Sin((i + 1) / 6.0), 2);
        return new Bar(TestData.Spx.Id, new DateTime(2021, 1, 4, 0, 0, 0, DateTimeKind.Utc).AddDays(i), BarInterval.OneDay,
            open, Math.Max(open, close) + 0.7m, Math.Min(open, close) - 0.7m, close, 400m);
    }).ToList();

    private static PaperTradingHost Run(int[] codes, AccountType type)
    {
        var venue = new PaperVenue("SIM", new FillModelSettings
        {
            Slippage = new FixedBpsSlippage(5m), Fees = new FeeSchedule(0.0002m, 0.001m), MaxVolumeShare = 0.1m,
        });
        venue.AddInstrument(TestData.Spx);
        var host = new PaperTradingHost(new ScriptedStrategy(codes), new StrategyId("s"), TestData.OpenAccount(type, 5_000m, type == AccountType.Margin ? 2m : 1m),
            [venue], reserveFeeRate: 0.01m);
        foreach (var bar in Bars) host.OnBar(bar);
        return host;
    }

    [Property(MaxTest = 100)]
    public bool Every_venue_report_is_accepted_by_the_order_and_account_aggregates(int[] codes) =>
        Run(codes, AccountType.Cash).Anomalies.Count == 0 && Run(codes, AccountType.Margin).Anomalies.Count == 0;

    [Property(MaxTest = 100)]
    public bool The_account_reconciles_with_its_fills_and_a_cash_account_never_goes_short(int[] codes)
    {
        var host = Run(codes, AccountType.Cash);
        var position = host.Fills.Sum(f => f.Side.Sign() * f.Quantity);
        var cash = 5_000m - host.Fills.Sum(f => f.Side.Sign() * f.Quantity * f.Price + f.Fee);
        var neverShort = true;
        var running = 0m;
        foreach (var fill in host.Fills)
        {
            running += fill.Side.Sign() * fill.Quantity;
            neverShort &= running >= 0m;
        }
        return position == host.Account.PositionIn(TestData.Spx.Id) && cash == host.Account.CashIn("USD") && neverShort;
    }

    [Property(MaxTest = 100)]
    public bool Orders_that_finished_hold_no_buying_power(int[] codes)
    {
        var host = Run(codes, AccountType.Margin);
        return host.Account.Reservations.Keys.All(id => host.GetOrder(id) is { IsOpen: true });
    }

    [Fact]
    public void A_seeded_script_trades_every_order_type_so_the_properties_are_not_vacuous()
    {
        var random = new Random(3);
        var host = Run(Enumerable.Range(0, 120).Select(_ => random.Next()).ToArray(), AccountType.Margin);
        Assert.Empty(host.Anomalies);
        Assert.True(host.Fills.Count > 20, $"only {host.Fills.Count} fills");
        var filledTypes = host.Orders.Where(o => o.FilledQuantity > 0).Select(o => o.Request!.Type).ToHashSet();
        Assert.Superset(new HashSet<OrderType> { OrderType.Market, OrderType.Limit, OrderType.Stop, OrderType.TrailingStop }, filledTypes);
    }
}
