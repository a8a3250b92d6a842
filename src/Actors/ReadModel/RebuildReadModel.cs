using Hive.Core.Domain;

namespace Hive.Actors.ReadModel;

/// <summary>Asks the projection to empty the read tables and fold the journal again from its start.</summary>
public sealed record RebuildReadModel : IHiveMessage
{
    public static readonly RebuildReadModel Instance = new();
}
