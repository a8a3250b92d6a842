using Hive.Actors.Diagnostics;
using Hive.Core.Ids;

namespace Hive.Actors.Tests.Diagnostics;

public sealed class LogFieldsSpecs
{
    [Fact]
    public void An_entity_s_path_names_its_id_by_region()
    {
        Assert.Equal("ACC-1", LogFields.Of("akka.tcp://hive@127.0.0.1:5053/system/sharding/account/12/ACC-1", [])["accountId"]);
        Assert.Equal("SIM:SPX", LogFields.Of("akka://hive/system/sharding/instrument/3/SIM%3ASPX#12345", [])["instrumentId"]);
        Assert.Equal("desk/alpha", LogFields.Of("akka://hive/system/sharding/strategy/7/desk/alpha", [])["strategyId"]);
        Assert.Equal("g007", LogFields.Of("akka://hive/system/sharding/order/1/g007", [])["orderGroup"]);
    }

    [Fact]
    public void Typed_ids_among_the_arguments_become_fields_and_other_arguments_do_not()
    {
        var fields = LogFields.Of("akka://hive/user/something", [new ClientOrderId("ORD-9"), "text", 42, InstrumentId.Parse("SIM:SPX"), null]);

        Assert.Equal(new Dictionary<string, string> { ["instrumentId"] = "SIM:SPX", ["orderId"] = "ORD-9" }, fields);
    }

    [Fact]
    public void A_region_s_own_actors_and_coordinators_carry_no_id()
    {
        Assert.Empty(LogFields.Of("akka://hive/system/sharding/accountCoordinator", []));
        Assert.Empty(LogFields.Of("akka://hive/system/sharding/account/12", []));
        Assert.Empty(LogFields.Of(null, []));
    }
}
