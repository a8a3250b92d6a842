using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>The venue's id for an accepted order.</summary>
[JsonConverter(typeof(StringIdJsonConverter<VenueOrderId>))]
public readonly record struct VenueOrderId(string Value) : IStringId<VenueOrderId>
{
    public override string ToString() => Value;

    public static VenueOrderId Parse(string text) => new(IdText.Require(text, "VenueOrderId"));
}
