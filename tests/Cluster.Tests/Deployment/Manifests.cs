using Hive.TestSupport;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Hive.Cluster.Tests.Deployment;

/// <summary>The deployment files of the repository, parsed: YAML documents as nested dictionaries and lists (merge keys
/// resolved, as Docker Compose does), Dockerfiles as instruction lines.</summary>
public static class Manifests
{
    public static IReadOnlyList<Dictionary<object, object>> Yaml(params string[] path)
    {
        using var reader = new StringReader(File.ReadAllText(RepositoryRoot.Combine(path)));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object>>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
            documents.Add(deserializer.Deserialize<Dictionary<object, object>>(parser));
        return documents;
    }

    /// <summary>The instructions of a Dockerfile (comments dropped), each as its keyword and the rest of the line.</summary>
    public static IReadOnlyList<(string Keyword, string Arguments)> Dockerfile(string name) =>
        File.ReadAllLines(RepositoryRoot.Combine("deploy", "docker", name))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (l.Split(' ', 2)[0].ToUpperInvariant(), l.Split(' ', 2).ElementAtOrDefault(1) ?? ""))
            .ToList();

    public static Dictionary<object, object> Map(this object node, string key) =>
        (node as Dictionary<object, object>)?.GetValueOrDefault(key) as Dictionary<object, object> ?? [];

    public static List<object> List(this object node, string key) =>
        (node as Dictionary<object, object>)?.GetValueOrDefault(key) as List<object> ?? [];

    public static string? Text(this object node, string key) => (node as Dictionary<object, object>)?.GetValueOrDefault(key)?.ToString();

    /// <summary>Labels (a string map) as a plain dictionary.</summary>
    public static Dictionary<string, string> Labels(this object node, string key) =>
        node.Map(key).ToDictionary(kv => kv.Key.ToString()!, kv => kv.Value.ToString()!);

    /// <summary>Whether every label of the selector is on the pod.</summary>
    public static bool Selects(this IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> pod) =>
        selector.Count > 0 && selector.All(kv => pod.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
