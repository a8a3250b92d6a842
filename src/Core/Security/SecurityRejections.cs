namespace Hive.Core.Security;

/// <summary>Machine-readable codes of the user directory's refusals.</summary>
public static class SecurityRejections
{
    public const string UserExists = "user-exists";
    public const string UnknownUser = "unknown-user";
    public const string UserRevoked = "user-revoked";
    public const string InvalidUser = "invalid-user";
}
