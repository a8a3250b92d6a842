using System.Diagnostics.Metrics;
using Hive.Actors.Diagnostics;

namespace Hive.Bench.Cluster;

/// <summary>Collects the entities' write waits (<c>hive_persist_duration</c>) while it lives, by region, and prints their
/// median and 99th percentile: the part of an order's latency that is the journal's.</summary>
public sealed class PersistDurations : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Dictionary<string, List<double>> _byRegion = new();

    public PersistDurations()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == HiveCounters.Meter && instrument.Name == HiveCounters.PersistDurationName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, ms, tags, _) =>
        {
            var region = tags.Length > 0 ? tags[0].Value as string ?? "?" : "?";
            lock (_byRegion)
            {
                if (!_byRegion.TryGetValue(region, out var list)) _byRegion[region] = list = new List<double>();
                list.Add(ms);
            }
        });
        _listener.Start();
    }

    public override string ToString()
    {
        lock (_byRegion)
            return string.Join(", ", _byRegion.OrderBy(kv => kv.Key).Select(kv =>
            {
                var sorted = kv.Value.Order().ToList();
                return $"{kv.Key} p50 {sorted[sorted.Count / 2]:0.0} ms p99 {sorted[(int)(sorted.Count * 0.99)]:0.0} ms";
            }));
    }

    public void Dispose() => _listener.Dispose();
}
