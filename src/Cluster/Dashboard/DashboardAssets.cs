using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Hive.Cluster.Dashboard;

/// <summary>
/// The dashboard's files, embedded in the hive assembly under <c>Hive.Dashboard.</c> (see Hive.Cluster.csproj): the page, its
/// script modules and styles, and the chart library built from npm at compile time. Nothing is fetched from elsewhere, so
/// the page works offline.
/// <para>The page names its files under <see cref="Version"/>, a hash of them all (<c>/dashboard/{version}/app.js</c>; the
/// modules' relative imports stay under it), and those answers may be kept for a year without asking again: a warm visit
/// takes every file from the browser's cache, and a node running a newer build names a new version. A file asked without
/// the version, or under another build's, is answered with an ETag and revalidated instead. The page itself is never
/// cached: the node writes into it who is signed in, so it needs no request to find out.</para>
/// </summary>
public static class DashboardAssets
{
    private const string Prefix = "Hive.Dashboard.";
    private const string PageName = "index.html";
    /// <summary>Where the page's first script reads who is signed in (index.html).</summary>
    private const string SessionSlot = "\"{{session}}\"";
    private const string Kept = "public, max-age=31536000, immutable";
    private const string Revalidated = "no-cache";

    private static readonly FrozenDictionary<string, (byte[] Bytes, EntityTagHeaderValue Tag)> Files = Load();

    /// <summary>The hash of every file the page loads: the folder they are served under for good.</summary>
    public static readonly string Version = VersionOf(Files);

    private static readonly string PageTemplate = LoadPage();

    /// <summary>The page, with <paramref name="session"/> (what <c>GET /api/session</c> answers this request) written in.</summary>
    public static IResult Page(object session, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        return Results.Content(PageTemplate.Replace(SessionSlot, JsonSerializer.Serialize(session, JsonSerializerOptions.Web), StringComparison.Ordinal),
            "text/html; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>A file by its path under <c>/dashboard/</c>: <c>{version}/{name}</c> as the page names it, or <c>{name}</c>.</summary>
    public static IResult Serve(string path, HttpResponse response)
    {
        var slash = path.IndexOf('/');
        var (version, name) = slash < 0 ? (null, path) : (path[..slash], path[(slash + 1)..]);
        if (!Files.TryGetValue(name, out var file))
            return Http.ApiResults.Error(StatusCodes.Status404NotFound, "unknown-asset", $"the dashboard has no file '{name}'");
        response.Headers.CacheControl = version == Version ? Kept : Revalidated;
        return Results.Bytes(file.Bytes, ContentType(name), entityTag: file.Tag);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static FrozenDictionary<string, (byte[], EntityTagHeaderValue)> Load()
    {
        var files = new Dictionary<string, (byte[], EntityTagHeaderValue)>(StringComparer.Ordinal);
        foreach (var (name, bytes) in Resources().Where(r => r.Name != PageName))
            files[name] = (bytes, new EntityTagHeaderValue($"\"{Hash(bytes)}\""));
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string VersionOf(FrozenDictionary<string, (byte[] Bytes, EntityTagHeaderValue Tag)> files)
    {
        using var all = new MemoryStream();
        foreach (var name in files.Keys.Order(StringComparer.Ordinal))
        {
            all.Write(Encoding.UTF8.GetBytes(name + "\n"));
            all.Write(files[name].Bytes);
        }
        return Hash(all.ToArray());
    }

    // The page names its files as /dashboard/{name}; served, it names them under the version.
    private static string LoadPage()
    {
        var page = Resources().FirstOrDefault(r => r.Name == PageName).Bytes
                   ?? throw new InvalidOperationException("the dashboard page is missing from the hive assembly");
        return Encoding.UTF8.GetString(page).Replace("\"/dashboard/", $"\"/dashboard/{Version}/", StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Resources()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (resource[Prefix.Length..], copy.ToArray());
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16];
}
