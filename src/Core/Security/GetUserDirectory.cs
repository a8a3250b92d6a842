using Hive.Core.Domain;

namespace Hive.Core.Security;

/// <summary>Asks for the <see cref="UserDirectoryState"/>.</summary>
public sealed record GetUserDirectory : IForUserDirectory
{
    public static readonly GetUserDirectory Instance = new();
}
