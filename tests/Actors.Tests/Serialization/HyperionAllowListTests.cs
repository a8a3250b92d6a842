using System.Collections.Immutable;
using Akka.Actor;
using Akka.Serialization;
using Hive.Actors.Diagnostics;
using Hive.Actors.Serialization;
using Hive.Core.Ids;

namespace Hive.Actors.Tests.Serialization;

/// <summary>A type only this test assembly has: to the node, a stranger's type.</summary>
public sealed record SmuggledCommand(string Script);

/// <summary>Hyperion with the node's HOCON (the one `hive node` runs with) creates Hive's, Akka's and plain framework types
/// only; a payload naming any other type is refused.</summary>
public sealed class HyperionAllowListTests(HiveHoconSystemFixture fixture) : IClassFixture<HiveHoconSystemFixture>
{
    private ActorSystem System => fixture.System;

    public static TheoryData<string, object> OffTheList => new()
    {
        { "a type of another assembly", new SmuggledCommand("rm -rf /") },
        { "a list of another assembly's type", new List<SmuggledCommand> { new("calc.exe") } },
        { "a framework type that is not a plain value", new System.IO.DirectoryInfo("/tmp") },
        { "a framework type inside a tuple", Tuple.Create(1, new System.Text.StringBuilder("x")) },
    };

    [Theory]
    [MemberData(nameof(OffTheList))]
    public void A_payload_naming_a_type_off_the_list_is_refused(string what, object payload)
    {
        var sender = new HyperionSerializer((ExtendedActorSystem)System, HyperionSerializerSettings.Default);
        var bytes = sender.ToBinary(payload);
        var refusedBefore = HiveCounters.Get(HyperionAllowList.RefusedCounter);

        var refused = Record.Exception(() => System.Serialization.Deserialize(bytes, sender.Identifier, (string?)null));

        Assert.True(refused is not null, $"{what} was deserialized");
        Assert.True(HiveCounters.Get(HyperionAllowList.RefusedCounter) > refusedBefore, $"the refusal of {what} was not counted");
    }

    [Fact]
    public void Hive_types_and_plain_framework_values_still_round_trip_through_hyperion()
    {
        var payload = Tuple.Create(new AccountId("ACC-1"), 12.5m, new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            new List<InstrumentId> { new("SIM", "SPX") }, ImmutableDictionary<string, decimal>.Empty.Add("USD", 100m), Guid.NewGuid(),
            new Dictionary<string, int>(StringComparer.Ordinal) { ["a"] = 1 });
        var serializer = System.Serialization.FindSerializerFor(payload);

        var back = (Tuple<AccountId, decimal, DateTime, List<InstrumentId>, ImmutableDictionary<string, decimal>, Guid, Dictionary<string, int>>)
            System.Serialization.Deserialize(serializer.ToBinary(payload), serializer.Identifier, (string?)null);

        Assert.IsType<AllowListHyperionSerializer>(serializer);
        Assert.Equal((payload.Item1, payload.Item2, payload.Item3, payload.Item6), (back.Item1, back.Item2, back.Item3, back.Item6));
        Assert.Equal(payload.Item4, back.Item4);
        Assert.Equal(100m, back.Item5["USD"]);
        Assert.Equal(1, back.Item7["a"]);
    }

    [Theory]
    [InlineData("System.Collections.Generic.List`1[[Hive.Core.Ids.AccountId, Hive.Core]], System.Private.CoreLib", true)]
    [InlineData("Akka.Actor.Status+Failure, Akka", true)]
    [InlineData("System.Decimal[], System.Private.CoreLib", true)]
    // A bare System.Object travels without a type name, so only a name can show that it is off the list.
    [InlineData("System.Object, System.Private.CoreLib,%core%", false)]
    [InlineData("System.Collections.DictionaryEntry, System.Private.CoreLib,%core%", true)]
    [InlineData("System.Diagnostics.Process, System.Diagnostics.Process", false)]
    [InlineData("System.Collections.Generic.List`1[[System.Diagnostics.Process, System.Diagnostics.Process]], System.Private.CoreLib", false)]
    [InlineData("System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.IO.FileInfo, System.Private.CoreLib]], System.Private.CoreLib", false)]
    [InlineData("Hive.Core.Ids.AccountId", false)]
    public void The_list_judges_a_type_name_by_every_type_it_names(string typeName, bool allowed) =>
        Assert.Equal(allowed, HyperionAllowList.Instance.IsAllowed(typeName));
}
