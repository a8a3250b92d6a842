using Akka.Cluster.Sharding;
using Hive.Core.Domain;

namespace Hive.Actors.Sharding;

/// <summary>
/// Routes a region's messages by the entity id their marker interface carries (e.g.
/// <see cref="IWithAccountId"/>). <see cref="ShardingEnvelope"/> and <c>StartEntity</c> are unwrapped
/// by the base class; a message the function answers null for is not the region's. Shard ids are a stable hash of the entity id, so an entity always lands in the same shard.
/// </summary>
public sealed class HiveMessageExtractor<TMarker>(int maxShards, Func<TMarker, string?> entityIdOf)
    : HashCodeMessageExtractor(maxShards)
    where TMarker : IHiveMessage
{
    public override string? EntityId(object message) => message is TMarker m ? entityIdOf(m) : null;
}
