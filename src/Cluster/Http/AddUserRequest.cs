namespace Hive.Cluster.Http;

public sealed record AddUserRequest(string? Name, string? Role, string[]? Accounts);
