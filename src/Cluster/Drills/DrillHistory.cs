using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hive.Core.Drills;

namespace Hive.Cluster.Drills;

/// <summary>Every client operation of one drill, in invocation order, written as JSON lines (one operation a line).</summary>
public sealed class DrillHistory
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly ConcurrentQueue<DrillOperation> _operations = new();
    private long _seq;

    public long NextSeq() => Interlocked.Increment(ref _seq);

    public void Add(DrillOperation operation) => _operations.Enqueue(operation);

    public IReadOnlyList<DrillOperation> Operations => _operations.OrderBy(o => o.Seq).ToList();

    public async Task WriteAsync(string path, CancellationToken ct)
    {
        await using var writer = new StreamWriter(path);
        foreach (var operation in Operations)
            await writer.WriteLineAsync(JsonSerializer.Serialize(operation, Json).AsMemory(), ct);
    }

    public static IReadOnlyList<DrillOperation> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<DrillOperation>(l, Json)!).ToList();
}
