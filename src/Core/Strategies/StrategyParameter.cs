namespace Hive.Core.Strategies;

/// <summary>One parameter of a catalog strategy: its name as written on the command line (<c>fast=10</c>), its
/// default as text (null: required), and what it means.</summary>
public sealed record StrategyParameter(string Name, string? Default, string Description)
{
    public bool Required => Default is null;
}
