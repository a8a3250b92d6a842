namespace Hive.Data.Storage;

/// <summary>Objects as files under a root folder. Writes go to a temporary file first and are renamed into place,
/// so a reader never sees half a Parquet file.</summary>
public sealed class LocalObjectStore : IObjectStore
{
    public LocalObjectStore(string root)
    {
        if (string.IsNullOrWhiteSpace(root)) throw new ArgumentException("lake folder is empty", nameof(root));
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Location => Root;

    public Task<IReadOnlyList<StoredObject>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var result = new List<StoredObject>();
        if (Directory.Exists(Root))
        {
            // Start from the deepest folder the prefix names, so listing one series does not walk the whole lake.
            var slash = prefix.LastIndexOf('/');
            var start = slash < 0 ? Root : Path.Combine(Root, prefix[..slash]);
            if (Directory.Exists(start))
            {
                foreach (var file in Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories))
                {
                    var key = Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/');
                    if (key.StartsWith(prefix, StringComparison.Ordinal) && !key.EndsWith(".tmp", StringComparison.Ordinal))
                        result.Add(new StoredObject(key, new FileInfo(file).Length));
                }
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return Task.FromResult<IReadOnlyList<StoredObject>>(result);
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        await TryReadAsync(key, cancellationToken) ?? throw new FileNotFoundException($"lake object '{key}' not found under {Root}");

    public async Task<byte[]?> TryReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) throw new FileNotFoundException($"lake object '{key}' not found under {Root}");
        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.RandomAccess));
    }

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await stream.WriteAsync(content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(PathOf(key));

    private string PathOf(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Contains("..", StringComparison.Ordinal) || key.StartsWith('/'))
            throw new ArgumentException($"lake key '{key}' is not a relative path inside the lake", nameof(key));
        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
