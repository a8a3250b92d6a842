using System.Collections.Frozen;

namespace Hive.Cluster.Dashboard;

/// <summary>
/// The dashboard's files, embedded in the hive assembly under <c>Hive.Dashboard.</c> (see Hive.Cluster.csproj): the page, its
/// script modules and styles, and the chart library built from npm at compile time. Nothing is fetched from elsewhere, so
/// the page works offline.
/// </summary>
public static class DashboardAssets
{
    private const string Prefix = "Hive.Dashboard.";

    private static readonly FrozenDictionary<string, byte[]> Files = Load();

    public static IReadOnlyCollection<string> Names => Files.Keys;

    public static IResult Serve(string name) =>
        Files.TryGetValue(name, out var bytes)
            ? Results.Bytes(bytes, ContentType(name))
            : Http.ApiResults.Error(StatusCodes.Status404NotFound, "unknown-asset", $"the dashboard has no file '{name}'");

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[resource[Prefix.Length..]] = copy.ToArray();
        }
        if (!files.ContainsKey("index.html")) throw new InvalidOperationException("the dashboard page is missing from the hive assembly");
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
