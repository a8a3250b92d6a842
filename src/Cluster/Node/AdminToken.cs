using System.Security.Cryptography;

namespace Hive.Cluster.Node;

/// <summary>The secret `hive ctl` presents. When none is configured the node makes one and writes it
/// to DATA_DIR/admin.token (readable by its owner only), where `hive ctl` on the same machine finds it.</summary>
public static class AdminToken
{
    public const string FileName = "admin.token";
    public const string Header = "X-Hive-Token";

    public static string Resolve(string? configured, string dataDir)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim();
        var path = Path.Combine(dataDir, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0) return existing;
        }

        Directory.CreateDirectory(dataDir);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        File.WriteAllText(path, token);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return token;
    }

    public static bool Matches(string expected, string? presented) =>
        presented is not null &&
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(presented));
}
