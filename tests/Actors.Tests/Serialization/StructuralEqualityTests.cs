using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Accounts;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Tests.Serialization;

/// <summary>The round-trip comparison must itself be able to fail, or the round-trip tests prove nothing.</summary>
public class StructuralEqualityTests
{
    private static AccountState Account => WireSamples.Account;

    [Fact]
    public void Equal_content_in_distinct_collections_is_equal()
    {
        var copy = Account with
        {
            Cash = Account.Cash.ToImmutableDictionary(),
            AppliedTransfers = new RecentKeys<string>(ImmutableList.Create("t-1", "t-2"), AccountState.TransfersKept),
        };
        Assert.NotEqual(Account, copy); // what record equality says, hence this comparer
        Assert.Null(StructuralEquality.FirstDifference(Account, copy));
    }

    [Fact]
    public void A_changed_position_is_reported_with_its_path()
    {
        var spx = new InstrumentId("SIM", "SPX");
        var changed = Account with { Positions = Account.Positions.SetItem(spx, Account.Positions[spx] with { Quantity = 5m }) };
        Assert.Equal("$.Positions[SIM:SPX].Quantity: 4 vs 5", StructuralEquality.FirstDifference(Account, changed));
    }

    [Fact]
    public void A_missing_transfer_a_lost_utc_kind_and_a_lost_decimal_scale_are_differences()
    {
        Assert.NotNull(StructuralEquality.FirstDifference(Account, Account with { AppliedTransfers = Account.AppliedTransfers with { Keys = Account.AppliedTransfers.Keys.Remove("t-2") } }));
        var utc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.NotNull(StructuralEquality.FirstDifference(utc, DateTime.SpecifyKind(utc, DateTimeKind.Unspecified)));
        Assert.NotNull(StructuralEquality.FirstDifference(1.10m, 1.1m));
        var strategy = (StrategyState)WireSamples.ByType[typeof(StrategyState)];
        Assert.NotNull(StructuralEquality.FirstDifference(strategy, strategy with { Parameters = strategy.Parameters.Remove("fast") }));
        Assert.NotNull(StructuralEquality.FirstDifference(strategy, strategy with { AccountId = null }));
    }
}
