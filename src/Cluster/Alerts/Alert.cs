namespace Hive.Cluster.Alerts;

/// <summary>Something an operator is told about at once: a kill switch (halt), a trading-state change, a node lost.</summary>
/// <param name="Kind">Stable, machine-readable: <c>trading-halted</c>, <c>trading-reducing</c>, <c>trading-active</c>, <c>node-unreachable</c>, <c>node-removed</c>.</param>
/// <param name="Subject">What it is about: <c>account ACC1</c>, <c>strategy s1 on account ACC1</c>, a node's address.</param>
public sealed record Alert(string Kind, string Subject, string Message, DateTime At);
