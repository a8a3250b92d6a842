namespace Hive.Actors.Entities;

/// <summary>Refusal codes of the entity hosts themselves (not of the domain).</summary>
public static class EntityRejections
{
    /// <summary>The entity's state threw on the command; it was refused and nothing was persisted.</summary>
    public const string CommandFailed = "command-failed";
}
