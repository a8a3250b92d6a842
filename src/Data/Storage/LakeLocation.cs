namespace Hive.Data.Storage;

/// <summary>Turns a <c>--lake</c> value into a store: a folder path, or <c>s3://bucket/prefix</c>.</summary>
public static class LakeLocation
{
    public static IObjectStore Open(string location, S3Settings? s3 = null, string? cacheFolder = null)
    {
        if (string.IsNullOrWhiteSpace(location)) throw new ArgumentException("--lake is empty: give a folder or s3://bucket/prefix", nameof(location));
        if (!location.StartsWith("s3://", StringComparison.OrdinalIgnoreCase)) return new LocalObjectStore(location);
        var rest = location["s3://".Length..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..];
        if (bucket.Length == 0) throw new ArgumentException($"--lake '{location}' has no bucket name; expected s3://bucket/prefix", nameof(location));
        return new S3ObjectStore(bucket, prefix, s3 ?? S3Settings.FromEnvironment(), cacheFolder);
    }
}
