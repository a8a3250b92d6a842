using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Hive.Data.Storage;

/// <summary>Objects in an S3-compatible bucket under a key prefix. Downloads for DuckDB are cached under
/// <see cref="CacheFolder"/> by key and size, so repeated queries do not download again.</summary>
public sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private readonly IAmazonS3 _client;
    private readonly string _prefix;

    public S3ObjectStore(string bucket, string prefix, S3Settings settings, string? cacheFolder = null)
    {
        if (string.IsNullOrWhiteSpace(bucket)) throw new ArgumentException("S3 bucket name is empty", nameof(bucket));
        Bucket = bucket;
        _prefix = string.IsNullOrEmpty(prefix) ? "" : prefix.Trim('/') + "/";
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.ForcePathStyle,
            // MinIO, Spaces and moto do not all accept the SDK's default trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrEmpty(settings.Endpoint))
        {
            config.ServiceURL = settings.Endpoint;
            config.AuthenticationRegion = settings.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region);
        }
        _client = settings.AccessKey is not null && settings.SecretKey is not null
            ? new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), config)
            : new AmazonS3Client(config);
        CacheFolder = cacheFolder ?? Path.Combine(Path.GetTempPath(), "hive-s3-cache", bucket, _prefix.Replace('/', '_'));
    }

    public string Bucket { get; }

    public string CacheFolder { get; }

    public string Location => $"s3://{Bucket}/{_prefix}";

    public async Task CreateBucketIfMissingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.PutBucketAsync(new PutBucketRequest { BucketName = Bucket }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
        }
    }

    public async Task<IReadOnlyList<StoredObject>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var result = new List<StoredObject>();
        var request = new ListObjectsV2Request { BucketName = Bucket, Prefix = _prefix + prefix };
        try
        {
            do
            {
                var response = await _client.ListObjectsV2Async(request, cancellationToken);
                foreach (var item in response.S3Objects ?? [])
                    result.Add(new StoredObject(item.Key[_prefix.Length..], item.Size ?? 0));
                request.ContinuationToken = response.NextContinuationToken;
                if (response.IsTruncated != true) break;
            } while (true);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchBucket")
        {
            throw new InvalidOperationException($"S3 bucket '{Bucket}' does not exist at {Location}", e);
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result;
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken = default) =>
        await TryReadAsync(key, cancellationToken) ?? throw new FileNotFoundException($"lake object '{key}' not found in {Location}");

    public async Task<byte[]?> TryReadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _client.GetObjectAsync(Bucket, _prefix + key, cancellationToken);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken = default) =>
        new MemoryStream(await ReadAsync(key, cancellationToken), writable: false);

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        await _client.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = _prefix + key, InputStream = stream, AutoCloseStream = false }, cancellationToken);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await _client.DeleteObjectAsync(Bucket, _prefix + key, cancellationToken);

    public async Task<string> GetLocalPathAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(CacheFolder, key.Replace('/', Path.DirectorySeparatorChar));
        var bytes = await ReadAsync(key, cancellationToken);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length) return path;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        return path;
    }

    public void Dispose() => _client.Dispose();
}
