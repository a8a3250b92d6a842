namespace Hive.Data.Storage;

/// <summary>How to reach an S3-compatible store (AWS S3, DigitalOcean Spaces, MinIO, moto). With an
/// <paramref name="Endpoint"/> the client talks to that URL; <paramref name="ForcePathStyle"/> is needed by MinIO
/// and moto (bucket in the path, not the host name). Missing values come from <c>HIVE__S3__*</c> environment
/// variables: ENDPOINT, REGION, ACCESSKEY (or ACCESS_KEY), SECRETKEY (or SECRET_KEY), PATHSTYLE (or PATH_STYLE).</summary>
public sealed record S3Settings(string? Endpoint, string Region, string? AccessKey, string? SecretKey, bool ForcePathStyle)
{
    public static S3Settings FromEnvironment(string? endpoint = null, string? region = null, string? accessKey = null, string? secretKey = null, bool? forcePathStyle = null)
    {
        endpoint ??= Env("ENDPOINT");
        var pathStyleText = Env("PATHSTYLE") ?? Env("PATH_STYLE") ?? Env("FORCEPATHSTYLE");
        return new S3Settings(
            endpoint,
            region ?? Env("REGION") ?? "us-east-1",
            accessKey ?? Env("ACCESSKEY") ?? Env("ACCESS_KEY"),
            secretKey ?? Env("SECRETKEY") ?? Env("SECRET_KEY"),
            forcePathStyle ?? (pathStyleText is null ? endpoint is not null : pathStyleText is "1" || pathStyleText.Equals("true", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Hides the secret in logs and error messages.</summary>
    public override string ToString() => $"S3Settings {{ Endpoint = {Endpoint ?? "(aws)"}, Region = {Region}, AccessKey = {AccessKey ?? "(default chain)"}, ForcePathStyle = {ForcePathStyle} }}";

    private static string? Env(string name) => Environment.GetEnvironmentVariable("HIVE__S3__" + name) is { Length: > 0 } value ? value : null;
}
