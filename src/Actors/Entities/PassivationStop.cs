namespace Hive.Actors.Entities;

/// <summary>The message a shard sends back to stop an entity that asked to be passivated.</summary>
public sealed class PassivationStop
{
    public static readonly PassivationStop Instance = new();

    private PassivationStop()
    {
    }
}
