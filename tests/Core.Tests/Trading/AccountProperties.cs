using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

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
            account = account.Do(new BookExecution(execution));
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

    [Property(MaxTest = 200)]
    public bool Booking_every_fill_twice_changes_nothing(int[] codes)
    {
        var once = Replay(codes, out _);
        var twice = once;
        foreach (var trade in once.AppliedTrades)
        {
            var duplicate = new Execution(trade, new ClientOrderId("x"), TestData.Account, Instruments[0].Id, OrderSide.Buy, 1, 1m, "USD", 0m, "USD",
                LiquiditySide.Taker, TestData.Now);
            if (twice.Decide(new BookExecution(duplicate), TestData.Now).Events.Count != 0) return false;
        }
        return twice.CashIn("USD") == once.CashIn("USD") && twice.Version == once.Version;
    }

    [Property(MaxTest = 200)]
    public bool Realized_pnl_per_position_adds_up_to_the_account_total(int[] codes)
    {
        var account = Replay(codes, out _);
        return account.Positions.Values.Sum(p => p.RealizedPnl) == account.RealizedPnl.GetValueOrDefault("USD");
    }
}
