using System.Runtime.Serialization;
using System.Text;
using System.Text.Json;
using Hive.Actors.Serialization;
using Hive.Core.Entities.Accounts;
using Hive.Core.Entities.Instruments;
using Hive.Core.Entities.Orders;
using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;

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
        foreach (var sample in WireSamples.ByType.Values.Where(s => s is not (AccountState or StrategyState or StartStrategy or StrategyStarted)))
            Assert.Equal(sample, RoundTrip(sample, out _, out _));
    }

    [Fact]
    public void Manifest_is_the_one_in_the_table()
    {
        foreach (var (type, sample) in WireSamples.ByType)
            Assert.Equal(WireManifests.ByType[type], _serializer.Manifest(sample));
        Assert.Equal("acct.credited.v1", _serializer.Manifest(WireSamples.ByType[typeof(CashCredited)]));
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
        var order = Json(new CreateOrder(new ClientOrderId("O-7"), new AccountId("ACC-1"), InstrumentId.Parse("sim:spx"), OrderSide.Buy, 1m, null));
        Assert.Equal(JsonValueKind.String, order.GetProperty("OrderId").ValueKind);
        Assert.Equal("O-7", order.GetProperty("OrderId").GetString());
        Assert.Equal("ACC-1", order.GetProperty("AccountId").GetString());
        Assert.Equal("SIM:SPX", order.GetProperty("InstrumentId").GetString());
        Assert.Equal(JsonValueKind.Null, order.GetProperty("LimitPrice").ValueKind);

        var state = Json(new OrderState(new ClientOrderId("O-7"), 1, OrderStatus.Open, new AccountId("ACC-1"), InstrumentId.Parse("SIM:SPX"),
            OrderSide.Buy, 1m, null, null, null));
        Assert.Equal("ACC-1", state.GetProperty("AccountId").GetString());
        Assert.Equal("SIM:SPX", state.GetProperty("InstrumentId").GetString());
        Assert.Equal("S-1", Json(new GetStrategy(new StrategyId("S-1"))).GetProperty("StrategyId").GetString());
    }

    [Fact]
    public void Reservations_are_keyed_by_order_id_in_the_account_snapshot()
    {
        var state = Json(WireSamples.ByType[typeof(AccountState)]);
        Assert.Equal(60m, state.GetProperty("ReservedBuyingPower").GetProperty("O-1").GetProperty("Amount").GetDecimal());
        Assert.Equal(940.25m, state.GetProperty("Cash").GetProperty("USD").GetDecimal());
        Assert.Equal(3, state.GetProperty("AppliedTransfers").GetArrayLength());
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
        var error = Assert.Throws<SerializationException>(() => _serializer.Manifest(new Reservation("USD", 1m)));
        Assert.Contains(typeof(Reservation).FullName!, error.Message);
        Assert.Throws<SerializationException>(() => _serializer.Manifest("a plain string"));
    }

    [Fact]
    public void Null_payload_is_refused_with_a_message_naming_the_manifest()
    {
        var error = Assert.Throws<SerializationException>(() => _serializer.FromBinary("null"u8.ToArray(), "acct.credit.v1"));
        Assert.Contains("acct.credit.v1", error.Message);
    }

    [Fact]
    public void Payload_with_an_invalid_id_is_refused_with_the_id_in_the_message()
    {
        var payload = """{"AccountId":"has space","TransferId":"t1","Currency":"USD","Amount":1}"""u8.ToArray();
        var error = Assert.ThrowsAny<JsonException>(() => _serializer.FromBinary(payload, "acct.credit.v1"));
        Assert.Contains("AccountId 'has space'", error.Message);

        var badInstrument = """{"InstrumentId":"NOCOLON","Price":1,"At":"2026-11-26T00:00:00Z"}"""u8.ToArray();
        Assert.Contains("NOCOLON", Assert.ThrowsAny<JsonException>(() => _serializer.FromBinary(badInstrument, "inst.price.v1")).Message);
    }

    [Fact]
    public void Utc_timestamps_come_back_as_utc()
    {
        var back = (RecordPrice)_serializer.FromBinary(_serializer.ToBinary(WireSamples.ByType[typeof(RecordPrice)]), "inst.price.v1");
        Assert.Equal(DateTimeKind.Utc, back.At.Kind);
    }
}
