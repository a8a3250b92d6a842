using System.Security.Cryptography;

namespace Hive.Cluster.Node;

/// <summary>The bootstrap admin key: an admin that exists before any user (it adds the first users). From HIVE__ADMINTOKEN or
/// <c>--admin-token-file</c>; otherwise the node makes one and writes it to DATA_DIR/admin.token, created with mode 0600 in one
/// step (a temporary file of that mode renamed into place), so it is never readable by others, not even for a moment, and two
/// nodes starting on one data folder agree on one key.</summary>
public static class AdminToken
{
    public const string FileName = "admin.token";
    public const string Header = "X-Hive-Token";

    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string Resolve(string? configured, string? file, string dataDir)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return configured.Trim();
        if (!string.IsNullOrWhiteSpace(file))
            return File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } fromFile
                ? fromFile
                : throw new OptionsException($"--admin-token-file '{file}' does not exist or is empty");
        var path = Path.Combine(dataDir, FileName);
        if (Read(path) is { } existing) return existing;

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) create.UnixCreateMode = OwnerOnly;
        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, create)) writer.Write(token);
        try
        {
            File.Move(temporary, path, overwrite: false);
            return token;
        }
        catch (IOException) when (Read(path) is { } raced)
        {
            File.Delete(temporary);
            return raced;
        }
    }

    /// <summary>Creates the data folder readable by its owner only, and tightens one that exists.</summary>
    public static void SecureFolder(string dataDir)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(dataDir);
            return;
        }
        Directory.CreateDirectory(dataDir, OwnerOnlyFolder);
        File.SetUnixFileMode(dataDir, OwnerOnlyFolder);
    }

    /// <summary>Creates the SQLite journal file (empty: SQLite takes it as a new database) with mode 0600 before SQLite opens
    /// it, and tightens one that exists; SQLite gives its -wal and -shm files the database file's mode.</summary>
    public static void SecureJournalFile(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(path))
        {
            try
            {
                using var _ = new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
            }
            catch (IOException) when (File.Exists(path))
            {
                // another node on this data folder created it first
            }
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.SetUnixFileMode(file, OwnerOnly);
    }

    private static string? Read(string path) =>
        File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } text ? text : null;
}
