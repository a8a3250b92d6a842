using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Accounts;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Accounts;

/// <summary>The ledger identity, after any sequence of fills on several instruments (long, short, flips,
/// odd prices, fees): cash + marked position value = initial capital + realized + unrealized - fees.</summary>
public class AccountProperties
{
    private static readonly Instrument[] Instruments =
    [
        Instrument.Stock("SIM", "AAA"),
        Instrument.Stock("SIM", "BBB"),
        new(new InstrumentId("SIM", "CCC"), AssetClass.Stock, "CCC", "USD", 0.0001m, 0.001m, 0m),
    ];

    private static AccountState Replay(int[] codes, out Dictionary<InstrumentId, decimal> marks)
    {
        var account = TestData.OpenAccount(AccountType.Margin, 1_000_000m, leverage: 4m);
        marks = new Dictionary<InstrumentId, decimal>();
        for (var i = 0; i < codes.Length; i++)
        {
            var u = (uint)codes[i];
            var instrument = Instruments[u % 3];
            var side = (u / 3 % 2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var price = instrument.RoundToTick(1m + (u / 6 % 50_000) * 0.0137m);
            var quantity = instrument.LotSize * (1 + u / 300_000 % 977);
            var fee = Math.Round(quantity * price * 0.00075m, 6);
            var execution = new Execution(new TradeId($"t{i}"), new ClientOrderId($"o{i}"), TestData.Account, instrument.Id, side,
                quantity, price, "USD", fee, "USD", LiquiditySide.Taker, TestData.Now);
            account = account.Do(TestData.Direct(execution));
            marks[instrument.Id] = instrument.RoundToTick(price * (1m + (u % 7 - 3) / 100m));
        }
        return account;
    }

    [Property(MaxTest = 300)]
    public bool Cash_plus_marked_positions_equals_capital_plus_realized_plus_unrealized_minus_fees(int[] codes)
    {
        var account = Replay(codes, out var marks);
        var left = account.CashIn("USD") + account.Positions.Values.Sum(p => p.MarketValue(marks[p.InstrumentId]));
        var right = account.Deposits["USD"] + account.RealizedPnl.GetValueOrDefault("USD") + account.UnrealizedPnl("USD", marks)
                    - account.Fees.GetValueOrDefault("USD");
        return left == right;
    }

    /// <summary>Orders that each hold, then fill in one to three parts (fill numbers 1, 2, ...).</summary>
    private static (AccountState Held, List<BookExecution> Fills) HeldOrders(int[] codes)
    {
        var account = TestData.OpenAccount(AccountType.Margin, 1_000_000_000m, leverage: 4m);
        var fills = new List<BookExecution>();
        for (var i = 0; i < Math.Min(codes.Length, 30); i++)
        {
            var u = (uint)codes[i];
            var instrument = Instruments[u % 3];
            var side = (u / 3 % 2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            var price = instrument.RoundToTick(1m + (u / 6 % 5_000) * 0.0137m);
            var parts = 1 + (int)(u / 30_000 % 3);
            var quantity = instrument.LotSize * parts * (1 + u / 90_000 % 50);
            var id = new ClientOrderId($"o{i}");
            var request = OrderRequest.Market(id, TestData.Account, instrument.Id, side, quantity);
            account = account.Do(new ReserveBuyingPower(request, "USD", price, 0.001m));
            for (var n = 1; n <= parts; n++)
                fills.Add(new BookExecution(new Execution(new TradeId($"{id}-{n}"), id, TestData.Account, instrument.Id, side, quantity / parts,
                    price, "USD", Math.Round(quantity / parts * price * 0.00075m, 6), "USD", LiquiditySide.Taker, TestData.Now), n));
        }
        return (account, fills);
    }

    [Property(MaxTest = 200)]
    public bool Fills_delivered_out_of_order_and_repeated_until_confirmed_are_each_booked_exactly_once(int[] codes, int shuffleSeed)
    {
        var (held, fills) = HeldOrders(codes);
        var inOrder = fills.Aggregate(held, (a, f) => a.Do(f));

        // As the order's group does: send every fill not yet confirmed, in any order and with copies, until all are confirmed.
        var rng = new Random(shuffleSeed);
        var account = held;
        var unconfirmed = fills.ToList();
        for (var round = 0; unconfirmed.Count > 0; round++)
        {
            if (round > 100) return false;
            foreach (var fill in unconfirmed.Concat(unconfirmed.Where(_ => rng.Next(3) == 0)).OrderBy(_ => rng.Next()).ToList())
            {
                var decision = account.Decide(fill, TestData.Now);
                if (decision.Rejection is { Code: not TradingRejections.FillOutOfOrder }) return false;
                account = TestData.Fold(account, decision.Events);
                if (decision.Rejection is null) unconfirmed.Remove(fill);
            }
        }
        return account.CashIn("USD") == inOrder.CashIn("USD") && account.FillsBooked == fills.Count && account.Reservations.IsEmpty
               && account.Version == inOrder.Version && account.Positions.Values.Sum(p => p.Quantity) == inOrder.Positions.Values.Sum(p => p.Quantity);
    }

    /// <summary>Booking every fill twice ends where booking it once does: each fill repeated at once (its hold still open, so
    /// its fill number is the watermark), compared after every fill, and then the whole run again (every hold closed).</summary>
    [Property(MaxTest = 200)]
    public bool Booking_every_fill_of_held_orders_twice_changes_nothing(int[] codes)
    {
        var (held, fills) = HeldOrders(codes);
        var once = held;
        var twice = held;
        foreach (var fill in fills)
        {
            once = once.Do(fill);
            twice = twice.Do(fill).Do(fill);
            if (!SameLedger(once, twice)) return false;
        }
        var runAgain = fills.Aggregate(once, (a, f) => a.Do(f));
        return SameLedger(once, runAgain) && once.FillsBooked == fills.Count && once.Reservations.IsEmpty;
    }

    /// <summary>Whether two accounts hold the same ledger, by content (the record's own equality compares its dictionaries by
    /// reference): cash, fees and realized P&amp;L per currency, positions, open holds with their fill watermarks, closed
    /// holds, the marks and trading state the risk rules see, fills booked and version.</summary>
    private static bool SameLedger(AccountState a, AccountState b) =>
        Same(a.Cash, b.Cash) && Same(a.Fees, b.Fees) && Same(a.RealizedPnl, b.RealizedPnl) && Same(a.Positions, b.Positions)
        && Same(a.Reservations, b.Reservations) && a.ClosedHolds.Keys.SequenceEqual(b.ClosedHolds.Keys)
        && Same(a.Risk.Marks, b.Risk.Marks) && a.Risk.State == b.Risk.State && a.FillsBooked == b.FillsBooked && a.Version == b.Version;

    private static bool Same<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> a, IReadOnlyDictionary<TKey, TValue> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var value) && EqualityComparer<TValue>.Default.Equals(kv.Value, value));

    [Property(MaxTest = 200)]
    public bool Realized_pnl_per_position_adds_up_to_the_account_total(int[] codes)
    {
        var account = Replay(codes, out _);
        return account.Positions.Values.Sum(p => p.RealizedPnl) == account.RealizedPnl.GetValueOrDefault("USD");
    }
}
