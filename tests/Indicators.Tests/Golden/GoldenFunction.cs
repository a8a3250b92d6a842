namespace Hive.Indicators.Tests.Golden;

/// <summary>One function's entry in a golden manifest.</summary>
public sealed record GoldenFunction(
    string Name,
    string Group,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyList<(string Name, bool IsInteger)> Outputs,
    int Lookback);
