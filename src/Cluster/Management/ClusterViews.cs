namespace Hive.Cluster.Management;

// JSON shapes of the status and management endpoints (documented in README.md).

public sealed record MemberView(string Address, string Status, IReadOnlyList<string> Roles, bool Reachable, bool IsLeader, bool IsSelf);

public sealed record ClusterView(string Self, string? Leader, IReadOnlyList<MemberView> Members, IReadOnlyList<string> Unreachable);

public sealed record RegionNodeView(string Address, int Shards, int Entities, IReadOnlyDictionary<string, int> EntitiesPerShard);

public sealed record RegionView(string Region, int Shards, int Entities, IReadOnlyList<RegionNodeView> Nodes, IReadOnlyList<string> FailedNodes);

public sealed record ShardsView(IReadOnlyList<RegionView> Regions);

public sealed record LocalRegionView(string Region, string Node, IReadOnlyList<LocalShardView> Shards);

public sealed record LocalShardView(string ShardId, IReadOnlyList<string> EntityIds);

public sealed record ActorNode(string Path, string Name, IReadOnlyList<ActorNode> Children);

public sealed record ClusterEventView(DateTime At, string Event, string Address, string? Status);
