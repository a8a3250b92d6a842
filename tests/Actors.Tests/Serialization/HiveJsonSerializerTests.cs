using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hive.Actors.Serialization;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Security;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Tests.Serialization;

public sealed class HiveJsonSerializerTests(SerializerFixture fixture) : IClassFixture<SerializerFixture>
{
    private readonly HiveJsonSerializer _serializer = fixture.Serializer;

    public static TheoryData<string> WireTypeNames() => new(WireManifests.Types.Select(t => t.FullName!).Order());

    private static Type WireType(string fullName) => WireManifests.Types.Single(t => t.FullName == fullName);

    private object RoundTrip(object sample, out byte[] bytes, out byte[] again)
    {
        bytes = _serializer.ToBinary(sample);
        var back = _serializer.FromBinary(bytes, _serializer.Manifest(sample));
        again = _serializer.ToBinary(back);
        return back;
    }

    private JsonElement Json(object message) => JsonDocument.Parse(_serializer.ToBinary(message)).RootElement;

    [Fact]
    public void Every_wire_type_has_a_sample()
    {
        var missing = WireManifests.Types.Where(t => !WireSamples.ByType.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "add a sample to WireSamples for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_sample_is_a_wire_type()
    {
        var stale = WireSamples.ByType.Keys.Where(t => !WireManifests.ByType.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.True(stale.Count == 0, "samples without a manifest: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(WireTypeNames))]
    public void Sample_round_trips_to_an_equal_value(string typeName)
    {
        var sample = WireSamples.ByType[WireType(typeName)];

        var back = RoundTrip(sample, out var bytes, out var again);

        Assert.IsType(sample.GetType(), back);
        Assert.Null(StructuralEquality.FirstDifference(sample, back));
        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(again));
    }

    [Fact]
    public void Edge_case_values_round_trip_too()
    {
        foreach (var sample in WireSamples.EdgeCases)
        {
            var back = RoundTrip(sample, out var bytes, out var again);
            Assert.Null(StructuralEquality.FirstDifference(sample, back));
            Assert.Equal(bytes, again);
        }
    }

    [Fact]
    public void Records_without_collections_round_trip_to_an_equal_record()
    {
        // Checks the structural comparison against the records' own equality where that is meaningful.
        foreach (var sample in WireSamples.ByType.Values.Where(s => s is not (AccountState or OrderFlowState or OrderGroupState or StrategyState or StartStrategy or StrategyStarted or VenueReports or OrderUpdate or BarPublished
                 or VenueSnapshot or OrderOwed or CloseOrders or StrategyOrdersClosed or KillSwitchState
                 or AddUser or ApiUser or UserAdded or UserDirectoryState or Hive.Actors.ReadModel.ReadModelChanged
                 or Hive.Core.Algos.Instances.SubmitAlgo or Hive.Core.Algos.Instances.AlgoSubmitted or Hive.Core.Algos.Instances.ChildrenWithdrawing
                 or Hive.Core.Algos.Instances.AlgoState or IssueAlgo or StrategyAlgoIssued
                 or Hive.Core.Algos.Instances.AdvanceAlgo or Hive.Core.Algos.Instances.ObserveAlgoBar or Hive.Core.Algos.Instances.RecordChildRefusal)))
            Assert.Equal(sample, RoundTrip(sample, out _, out _));
    }

    [Fact]
    public void Manifest_is_the_one_in_the_table()
    {
        foreach (var (type, sample) in WireSamples.ByType)
            Assert.Equal(WireManifests.ByType[type], _serializer.Manifest(sample));
        Assert.Equal("acct.deposited.v2", _serializer.Manifest(WireSamples.ByType[typeof(FundsDeposited)]));
    }

    [Fact]
    public void Serializer_has_its_fixed_identifier_and_writes_manifests()
    {
        Assert.Equal(4053, _serializer.Identifier);
        Assert.Equal(HiveJsonSerializer.SerializerId, _serializer.Identifier);
    }

    [Fact]
    public void Typed_ids_are_written_as_plain_strings()
    {
        var order = Json(new PlaceOrder(new OrderRequest(new ClientOrderId("O-7"), new AccountId("ACC-1"), InstrumentId.Parse("sim:spx"),
            OrderSide.Buy, OrderType.Market, 1m)));
        var request = order.GetProperty("Request");
        Assert.Equal(JsonValueKind.String, request.GetProperty("ClientOrderId").ValueKind);
        Assert.Equal("O-7", request.GetProperty("ClientOrderId").GetString());
        Assert.Equal("ACC-1", request.GetProperty("AccountId").GetString());
        Assert.Equal("SIM:SPX", request.GetProperty("InstrumentId").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("LimitPrice").ValueKind);
        Assert.False(order.TryGetProperty("Instrument", out _), "the node-local instrument listing is not sent");
        Assert.Equal("S-1", Json(new GetStrategy(new StrategyId("S-1"))).GetProperty("StrategyId").GetString());
    }

    [Fact]
    public void Positions_and_reservations_are_keyed_by_id_in_the_account_snapshot()
    {
        var state = Json(WireSamples.Account);
        Assert.Equal(4m, state.GetProperty("Positions").GetProperty("SIM:SPX").GetProperty("Quantity").GetDecimal());
        Assert.Equal(100_000.25m, state.GetProperty("Deposits").GetProperty("USD").GetDecimal());
        Assert.Equal(1, state.GetProperty("FillsBooked").GetInt64());
    }

    [Fact]
    public void An_order_snapshot_keeps_its_fills_and_what_it_owes()
    {
        var back = (OrderFlowState)_serializer.FromBinary(_serializer.ToBinary(WireSamples.Order), "ord.state.v3");
        Assert.Equal(OrderStatus.PendingCancel, back.Order.Status);
        Assert.Equal(4500.25m, back.ReferencePrice);
        Assert.Equal(4m, Assert.Single(back.Fills).Quantity);
        Assert.Equal(WireSamples.Order.Outbox(OrderDelivery.None), back.Outbox(OrderDelivery.None));
    }

    [Fact]
    public void An_order_group_snapshot_keeps_its_orders_by_id_and_whether_it_forgot_any()
    {
        var back = (OrderGroupState)_serializer.FromBinary(_serializer.ToBinary(WireSamples.OrderGroup), "ord.group.v1");
        Assert.Null(StructuralEquality.FirstDifference(WireSamples.OrderGroup, back));
        var order = back.OrderOf(WireSamples.Order.ClientOrderId);
        Assert.Equal(OrderStatus.PendingCancel, order.Order.Status);
        Assert.Equal(WireSamples.Order.Outbox(OrderDelivery.None), order.Outbox(OrderDelivery.None));
        Assert.True(back.Forgot);
        Assert.Equal(JsonValueKind.Object, Json(WireSamples.OrderGroup).GetProperty("Orders").GetProperty(WireSamples.Order.ClientOrderId.Value).ValueKind);
    }

    [Fact]
    public void Unknown_manifest_is_refused_with_a_message_naming_it()
    {
        var error = Assert.Throws<SerializationException>(() => _serializer.FromBinary("{}"u8.ToArray(), "acct.credited.v99"));
        Assert.Contains("'acct.credited.v99'", error.Message);
    }

    [Fact]
    public void Unregistered_type_has_no_manifest()
    {
        var error = Assert.Throws<SerializationException>(() => _serializer.Manifest(new IssuedOrder(null!, 1m)));
        Assert.Contains(typeof(IssuedOrder).FullName!, error.Message);
        Assert.Throws<SerializationException>(() => _serializer.Manifest("a plain string"));
    }

    [Fact]
    public void Null_payload_is_refused_with_a_message_naming_the_manifest()
    {
        var error = Assert.Throws<SerializationException>(() => _serializer.FromBinary("null"u8.ToArray(), "acct.deposit.v2"));
        Assert.Contains("acct.deposit.v2", error.Message);
    }

    [Fact]
    public void Payload_with_an_invalid_id_is_refused_with_the_id_in_the_message()
    {
        var payload = """{"AccountId":"has space","TransferId":"t1","Currency":"USD","Amount":1}"""u8.ToArray();
        var error = Assert.ThrowsAny<JsonException>(() => _serializer.FromBinary(payload, "acct.deposit.v2"));
        Assert.Contains("AccountId 'has space'", error.Message);

        var badInstrument = """{"InstrumentId":"NOCOLON"}"""u8.ToArray();
        Assert.Contains("NOCOLON", Assert.ThrowsAny<JsonException>(() => _serializer.FromBinary(badInstrument, "inst.get.v2")).Message);
    }

    [Fact]
    public void Utc_timestamps_come_back_as_utc()
    {
        var back = (ApplyBar)_serializer.FromBinary(_serializer.ToBinary(WireSamples.ByType[typeof(ApplyBar)]), "inst.bar.v2");
        Assert.Equal(DateTimeKind.Utc, back.Bar.OpenTime.Kind);
    }

    [Fact]
    public void A_cancellation_and_an_order_request_journaled_before_self_trade_prevention_read_without_its_code_and_mode()
    {
        var cancelled = """{"EventId":"O-1#5","ClientOrderId":"O-1","OccurredAt":"2024-03-06T15:00:00Z","RecordedAt":"2024-03-06T15:00:00Z","Reason":"cancelled on request"}"""u8.ToArray();
        var request = """{"ClientOrderId":"O-1","AccountId":"A-1","InstrumentId":"SIM:SPX","Side":0,"Type":0,"Quantity":1}"""u8.ToArray();

        Assert.Null(((OrderCancelled)_serializer.FromBinary(cancelled, "ord.cancelled.v2")).Code);
        Assert.Null(((PlaceOrder)_serializer.FromBinary("""{"Request":"""u8.ToArray().Concat(request).Concat("}"u8.ToArray()).ToArray(),
            _serializer.Manifest(WireSamples.ByType[typeof(PlaceOrder)]))).Request.SelfTradePrevention);
    }

    [Fact]
    public void A_parent_journaled_before_urgency_existed_reads_as_normal_urgency()
    {
        var sample = WireSamples.ByType[typeof(AlgoSubmitted)];
        var json = JsonNode.Parse(_serializer.ToBinary(sample))!;
        Assert.True(json["Parameters"]!.AsObject().Remove(nameof(ExecutionParameters.Urgency)));

        var back = (AlgoSubmitted)_serializer.FromBinary(Encoding.UTF8.GetBytes(json.ToJsonString()), _serializer.Manifest(sample));

        Assert.Equal(ExecutionUrgency.Normal, back.Parameters.Urgency);
        Assert.Null(StructuralEquality.FirstDifference(((AlgoSubmitted)sample).Parameters, back.Parameters));
    }
}
