namespace Hive.Core.Security;

/// <summary>Revokes a user: its key stops working on every node once they see the change.</summary>
public sealed record RevokeUser(UserName Name, string By) : IUserDirectoryCommand;
