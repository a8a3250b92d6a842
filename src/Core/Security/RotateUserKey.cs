namespace Hive.Core.Security;

/// <summary>Replaces a user's key with a new one; the old key stops working.</summary>
public sealed record RotateUserKey(UserName Name, StoredKey Key, string By) : IUserDirectoryCommand;
