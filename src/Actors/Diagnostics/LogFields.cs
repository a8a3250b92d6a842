using Hive.Core.Ids;

namespace Hive.Actors.Diagnostics;

/// <summary>
/// The ids a log line is about, as fields of a structured log: from the logging actor's path (an entity of a shard region
/// is <c>/system/sharding/{region}/{shard}/{entity id}</c>: an account, strategy or instrument id, or an order group) and
/// from the line's arguments that are typed ids (an order's <see cref="ClientOrderId"/>, ...).
/// </summary>
public static class LogFields
{
    private static readonly IReadOnlyDictionary<string, string> EntityField = new Dictionary<string, string>
    {
        ["account"] = "accountId",
        ["strategy"] = "strategyId",
        ["instrument"] = "instrumentId",
        ["order"] = "orderGroup",
    };

    public static IReadOnlyDictionary<string, string> Of(string? source, IEnumerable<object?> arguments)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (source is not null && EntityOf(source) is var (region, entity) && EntityField.TryGetValue(region, out var field))
            fields[field] = entity;
        foreach (var argument in arguments)
        {
            var (name, value) = argument switch
            {
                ClientOrderId id => ("orderId", id.Value),
                AccountId id => ("accountId", id.Value),
                StrategyId id => ("strategyId", id.Value),
                InstrumentId id => ("instrumentId", id.ToString()),
                _ => (null, null),
            };
            if (name is not null) fields[name] = value!;
        }
        return fields;
    }

    /// <summary>Region and entity id from an entity actor's path; ids may hold '/', so the entity id is the rest.</summary>
    private static (string Region, string Entity)? EntityOf(string source)
    {
        const string marker = "/system/sharding/";
        var at = source.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return null;
        var parts = source[(at + marker.Length)..].Split('/', 3);
        if (parts.Length < 3 || parts[2].Length == 0) return null;
        var entity = parts[2];
        var hash = entity.IndexOf('#');
        return (parts[0], Uri.UnescapeDataString(hash < 0 ? entity : entity[..hash]));
    }
}
