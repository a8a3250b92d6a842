using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>A running strategy instance; the strategy entity's id.</summary>
[JsonConverter(typeof(StringIdJsonConverter<StrategyId>))]
public readonly record struct StrategyId(string Value) : IStringId<StrategyId>
{
    public override string ToString() => Value;

    public static StrategyId Parse(string text) => new(IdText.Require(text, "StrategyId"));
}
