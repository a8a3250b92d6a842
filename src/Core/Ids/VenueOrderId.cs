namespace Hive.Core.Ids;

/// <summary>The venue's id for an accepted order.</summary>
public readonly record struct VenueOrderId(string Value)
{
    public override string ToString() => Value;

    public static VenueOrderId Parse(string text) => new(IdText.Require(text, "VenueOrderId"));
}
