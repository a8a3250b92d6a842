using FsCheck.Xunit;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public class WashTradeDetectorTests
{
    private static readonly WashTradeDetector Detector = new(WashTradeParameters.Default);

    [Fact]
    public void Buying_and_selling_the_same_size_at_the_same_price_between_two_accounts_of_one_owner_is_a_wash()
    {
        var owners = AccountOwners.None.With(new AccountId("desk-a"), "alice").With(new AccountId("desk-b"), "alice");
        var trades = new[]
        {
            Trade("t1", "desk-a", OrderSide.Buy, 100m, 50.00m, T0),
            Trade("t2", "desk-b", OrderSide.Sell, 100m, 50.01m, T0.AddSeconds(20)),
        };

        var alert = Assert.Single(Detector.Detect(Input(trades: trades, owners: owners)));

        Assert.Equal("wash-trade:t1:t2", alert.Id);
        Assert.Equal(["desk-a", "desk-b"], alert.Accounts);
        Assert.Equal("owner:alice", alert.Scope);
        Assert.Equal(["t1", "t2"], alert.Evidence.Select(e => e.Id));
        Assert.Equal(2m, alert.Statistic);
        Assert.Equal(20m, alert.Figures["seconds-apart"]);
    }

    [Fact]
    public void One_account_buying_and_selling_to_itself_is_a_wash_without_any_owner_assigned()
    {
        var trades = new[] { Trade("t1", "acc", OrderSide.Sell, 10m, 50m, T0), Trade("t2", "acc", OrderSide.Buy, 10m, 50m, T0.AddSeconds(5)) };

        Assert.Equal("wash-trade:t2:t1", Assert.Single(Detector.Detect(Input(trades: trades))).Id);
    }

    [Fact]
    public void Different_owners_far_apart_prices_or_times_and_mismatched_sizes_raise_nothing()
    {
        var trades = new[]
        {
            Trade("t1", "a", OrderSide.Buy, 100m, 50m, T0), Trade("t2", "b", OrderSide.Sell, 100m, 50m, T0),
            Trade("t3", "c", OrderSide.Buy, 100m, 50m, T0), Trade("t4", "c", OrderSide.Sell, 100m, 51m, T0),
            Trade("t5", "d", OrderSide.Buy, 100m, 50m, T0), Trade("t6", "d", OrderSide.Sell, 100m, 50m, T0.AddMinutes(5)),
            Trade("t7", "e", OrderSide.Buy, 100m, 50m, T0), Trade("t8", "e", OrderSide.Sell, 10m, 50m, T0),
        };

        Assert.Empty(Detector.Detect(Input(trades: trades)));
    }

    [Fact]
    public void Each_fill_is_paired_once_with_the_nearest_opposite_fill()
    {
        var trades = new[]
        {
            Trade("b1", "acc", OrderSide.Buy, 10m, 50m, T0),
            Trade("s1", "acc", OrderSide.Sell, 10m, 50m, T0.AddSeconds(30)),
            Trade("s2", "acc", OrderSide.Sell, 10m, 50m, T0.AddSeconds(10)),
        };

        Assert.Equal(["wash-trade:b1:s2"], Detector.Detect(Input(trades: trades)).Select(a => a.Id));
    }

    [Property(MaxTest = 200)]
    public bool Accounts_that_only_ever_trade_one_side_never_wash(byte[] sizes)
    {
        // Account i trades only one side (even: buy, odd: sell), each its own owner: there is no pair of one owner.
        var trades = sizes.Select((s, i) => Trade($"t{i}", $"acc-{i % 7}", i % 7 % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 1 + s, 50m, T0.AddSeconds(i)));
        return !Detector.Detect(Input(trades: trades)).Any();
    }

    [Property(MaxTest = 200)]
    public bool A_mirrored_pair_of_a_fresh_owner_is_found_among_any_other_trades(byte[] sizes, byte size)
    {
        var noise = sizes.Select((s, i) => Trade($"n{i}", $"acc-{i % 7}", i % 7 % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 1 + s, 50m, T0.AddSeconds(i)));
        var pair = new[] { Trade("wb", "w", OrderSide.Buy, 1 + size, 50m, T0), Trade("ws", "w", OrderSide.Sell, 1 + size, 50m, T0.AddSeconds(1)) };
        return Detector.Detect(Input(trades: noise.Concat(pair))).Select(a => a.Id).SequenceEqual(["wash-trade:wb:ws"]);
    }
}
