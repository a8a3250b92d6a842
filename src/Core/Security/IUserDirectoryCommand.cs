using Hive.Core.Domain;

namespace Hive.Core.Security;

/// <summary>A command to the cluster's user directory.</summary>
public interface IUserDirectoryCommand : IForUserDirectory
{
    UserName Name { get; }

    /// <summary>Who asked (the user name of the key that sent it, or <c>bootstrap-admin</c>).</summary>
    string By { get; }
}
