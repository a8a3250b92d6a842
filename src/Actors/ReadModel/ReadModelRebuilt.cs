using Hive.Core.Domain;

namespace Hive.Actors.ReadModel;

/// <summary>The projection's answer to <see cref="RebuildReadModel"/>: the tables were emptied at <see cref="TruncatedAt"/>
/// and the projection is folding the journal from its start again (or, when <see cref="Error"/> is set, it could not).</summary>
public sealed record ReadModelRebuilt(DateTime TruncatedAt, string? Error = null) : IHiveMessage;
