namespace Hive.Core.Domain;

/// <summary>Why a command was refused: a stable machine-readable <see cref="Code"/> (e.g.
/// <c>insufficient-buying-power</c>) and a human message naming what was wrong.</summary>
public sealed record Rejection(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
