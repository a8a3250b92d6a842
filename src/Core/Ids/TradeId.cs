namespace Hive.Core.Ids;

/// <summary>A venue's id for one execution; a fill is applied at most once per trade id.</summary>
public readonly record struct TradeId(string Value)
{
    public override string ToString() => Value;

    public static TradeId Parse(string text) => new(IdText.Require(text, "TradeId"));
}
