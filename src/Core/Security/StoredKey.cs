using Hive.Core.Domain;

namespace Hive.Core.Security;

/// <summary>What the directory keeps of a key: its public id (the lookup key) and the salted SHA-256 of its secret.</summary>
public sealed record StoredKey(string KeyId, string Salt, string Hash) : IHiveMessage;
