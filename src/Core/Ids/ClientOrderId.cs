using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>The client's id for an order: the idempotency key, and what picks the order's group (<c>OrderGroupState.GroupOf</c>).</summary>
[JsonConverter(typeof(StringIdJsonConverter<ClientOrderId>))]
public readonly record struct ClientOrderId(string Value) : IStringId<ClientOrderId>
{
    public override string ToString() => Value;

    public static ClientOrderId Parse(string text) => new(IdText.Require(text, "ClientOrderId"));
}
