using System.CommandLine;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Cluster.Commands.Data;

/// <summary>The options every data command shares: where the lake is and how to reach S3. S3 settings fall back
/// to HIVE__S3__ENDPOINT / REGION / ACCESSKEY / SECRETKEY / PATHSTYLE (the secret key is read from a file or the environment, never a flag), the lake to HIVE__DATA__LAKE, then ./data/lake.</summary>
internal sealed class LakeOptions
{
    public const string DefaultLake = "data/lake";

    public Option<string> Lake { get; } = new("--lake")
    {
        Description = "Lake location: a folder or s3://bucket/prefix (default: $HIVE__DATA__LAKE or ./data/lake, the node's data folder)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HIVE__DATA__LAKE") is { Length: > 0 } env ? env : DefaultLake,
    };

    public Option<string?> Endpoint { get; } = new("--s3-endpoint") { Description = "S3-compatible endpoint URL (MinIO, Spaces, moto); default $HIVE__S3__ENDPOINT or AWS" };
    public Option<string?> Region { get; } = new("--s3-region") { Description = "S3 region (default $HIVE__S3__REGION or us-east-1)" };
    public Option<string?> AccessKey { get; } = new("--s3-access-key") { Description = "S3 access key (default $HIVE__S3__ACCESSKEY)" };
    public Option<string?> SecretKeyFile { get; } = new("--s3-secret-key-file")
    {
        Description = "File holding the S3 secret key (default $HIVE__S3__SECRETKEY); never a flag of its own: flags show in ps to every user of the machine",
    };
    public Option<bool?> PathStyle { get; } = new("--s3-path-style") { Description = "Bucket in the path rather than the host (MinIO, moto); default true when an endpoint is given" };

    public void AddTo(Command command)
    {
        command.Options.Add(Lake);
        command.Options.Add(Endpoint);
        command.Options.Add(Region);
        command.Options.Add(AccessKey);
        command.Options.Add(SecretKeyFile);
        command.Options.Add(PathStyle);
    }

    public IObjectStore OpenStore(ParseResult parse)
    {
        var secret = parse.GetValue(SecretKeyFile) is { } file ? File.ReadAllText(file).Trim() : null;
        var settings = S3Settings.FromEnvironment(parse.GetValue(Endpoint), parse.GetValue(Region), parse.GetValue(AccessKey), secret, parse.GetValue(PathStyle));
        return LakeLocation.Open(parse.GetValue(Lake)!, settings);
    }

    public MarketDataLake OpenLake(ParseResult parse) => new(OpenStore(parse));
}
