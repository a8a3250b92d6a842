namespace Hive.Actors.Entities;

/// <summary>The timer message that makes an entity re-send what is still unconfirmed.</summary>
public sealed record RetryTick
{
    public static readonly RetryTick Instance = new();
}
