namespace Hive.Core.Strategies;

/// <summary>
/// A catalog entry: the strategy's name (<c>sma-cross</c>), a one-line summary, its rules in plain words, its
/// parameters with defaults, and how to build it from parsed arguments. Shown by <c>hive strategies list|show</c>.
/// </summary>
public sealed record StrategyDescriptor(
    string Name,
    string Summary,
    string Rules,
    IReadOnlyList<StrategyParameter> Parameters,
    Func<StrategyArguments, CatalogStrategy> Build);
