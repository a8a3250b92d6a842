using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Hive.Cluster.Dashboard;

/// <summary>
/// The dashboard's files, embedded in the hive assembly under <c>Hive.Dashboard.</c> (see Hive.Cluster.csproj): the page, its
/// script modules and styles, and the chart library built from npm at compile time. Nothing is fetched from elsewhere, so
/// the page works offline. Each file carries an ETag of its content, so a page opened again revalidates its modules
/// (304, no body) instead of downloading them, and a node running a newer build serves the new ones.
/// </summary>
public static class DashboardAssets
{
    private const string Prefix = "Hive.Dashboard.";

    private static readonly FrozenDictionary<string, (byte[] Bytes, EntityTagHeaderValue Tag)> Files = Load();

    public static IReadOnlyCollection<string> Names => Files.Keys;

    public static IResult Serve(string name) =>
        Files.TryGetValue(name, out var file)
            ? Results.Bytes(file.Bytes, ContentType(name), entityTag: file.Tag)
            : Http.ApiResults.Error(StatusCodes.Status404NotFound, "unknown-asset", $"the dashboard has no file '{name}'");

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static FrozenDictionary<string, (byte[], EntityTagHeaderValue)> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, (byte[], EntityTagHeaderValue)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            files[resource[Prefix.Length..]] = (bytes, new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\""));
        }
        if (!files.ContainsKey("index.html")) throw new InvalidOperationException("the dashboard page is missing from the hive assembly");
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
