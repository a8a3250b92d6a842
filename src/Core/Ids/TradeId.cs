using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>A venue's id for one execution; a fill is applied at most once per trade id.</summary>
[JsonConverter(typeof(StringIdJsonConverter<TradeId>))]
public readonly record struct TradeId(string Value) : IStringId<TradeId>
{
    public override string ToString() => Value;

    public static TradeId Parse(string text) => new(IdText.Require(text, "TradeId"));
}
