using System.Security.Cryptography;
using System.Text;

namespace Hive.Core.Security;

/// <summary>
/// API keys: <c>hive_{keyId}_{secret}</c>, a 64-bit public id (how a node finds the user in one dictionary lookup) and a
/// 256-bit random secret. Only the id, a random salt and SHA-256(salt ‖ secret) are stored. A slow KDF (bcrypt, Argon2) is
/// for guessable passwords; a uniformly random 256-bit secret cannot be brute-forced whatever the hash speed, and a fast
/// hash keeps the per-request check at a few hundred nanoseconds. Compared with <see cref="CryptographicOperations.FixedTimeEquals"/>.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "hive_";

    /// <summary>A new key: the text to show once, and what the directory stores.</summary>
    public static (string Key, StoredKey Stored) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return ($"{Prefix}{keyId}_{secret}", new StoredKey(keyId, salt, Hash(salt, secret)));
    }

    /// <summary>Splits a presented key into its id and secret; false for anything not shaped like a key.</summary>
    public static bool TryParse(string? text, out string keyId, out string secret)
    {
        (keyId, secret) = ("", "");
        if (text is null || text.Length != Prefix.Length + 16 + 1 + 64 || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[Prefix.Length + 16] != '_')
            return false;
        keyId = text.Substring(Prefix.Length, 16);
        secret = text[(Prefix.Length + 17)..];
        return true;
    }

    public static string Hash(string salt, string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(salt + secret)));

    /// <summary>Whether the secret hashes, with the user's salt, to the stored hash (constant time in the hash).</summary>
    public static bool Verify(ApiUser user, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(user.Salt, secret)), Encoding.ASCII.GetBytes(user.KeyHash));
}
