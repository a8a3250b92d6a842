using Hive.Core.Risk;

namespace Hive.Cluster.Trading;

/// <summary>What <c>GET /api/risk/{account}/stress</c> shows: each scenario's effect on the account's positions as they are
/// now, marked at the venues' last prices.</summary>
public sealed record AccountStressView(string AccountId, DateTime MarkedAt, int Positions, IReadOnlyList<StressResult> Scenarios);
