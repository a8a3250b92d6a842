namespace Hive.Data.Storage;

/// <summary>The lake's only dependency on where bytes live: a flat namespace of '/'-separated keys. A local
/// folder and an S3-compatible bucket implement it, so the lake logic is the same for both.</summary>
public interface IObjectStore
{
    /// <summary>Human-readable location (a folder path or s3://bucket/prefix).</summary>
    string Location { get; }

    /// <summary>Objects whose key starts with <paramref name="prefix"/>, in ordinal key order.</summary>
    Task<IReadOnlyList<StoredObject>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Null when the object does not exist.</summary>
    Task<byte[]?> TryReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A readable, seekable stream over the object (a file stream locally, downloaded bytes for S3), so
    /// Parquet readers can seek to the footer and columns without an extra copy.</summary>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A local file holding the object's bytes: the file itself for a folder store, a cached download for
    /// S3 (DuckDB reads these; its httpfs extension cannot be installed offline).</summary>
    Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default);
}
