using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>A simulated parent order: its <see cref="Result"/> (the JSON), the parent as it ended (schedule, children,
/// status, pause reason, fees) and the window's bars, which the HTML report draws.</summary>
public sealed record ExecutionSimulation(ExecutionResult Result, ParentOrder Parent, IReadOnlyList<Bar> WindowBars);
