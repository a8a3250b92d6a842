namespace Hive.Core.Ids;

/// <summary>A running strategy instance; the strategy entity's id.</summary>
public readonly record struct StrategyId(string Value)
{
    public override string ToString() => Value;

    public static StrategyId Parse(string text) => new(IdText.Require(text, "StrategyId"));
}
