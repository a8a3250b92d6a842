using Prometheus;

namespace Hive.Cluster.Metrics;

/// <summary>
/// One Prometheus counter fed from the <see cref="Hive.Actors.Diagnostics.HiveCounters"/> keys that start with
/// <see cref="Prefix"/>: the key's remaining <c>/</c>-separated parts are the label values (the last takes the rest).
/// </summary>
public sealed class CounterFamily
{
    private readonly Counter _counter;

    public CounterFamily(IMetricFactory factory, string prefix, string name, string help, params string[] labels)
    {
        Prefix = prefix;
        Labels = labels;
        _counter = factory.CreateCounter(name, help, labels);
    }

    public string Prefix { get; }

    public IReadOnlyList<string> Labels { get; }

    public string Name => _counter.Name;

    /// <summary>Publishes the series for these label values at 0 before anything counts it, so the first increment is an
    /// increase Prometheus sees (a series born at 1 has no increase until its second increment).</summary>
    public CounterFamily StartingAtZero(IEnumerable<string> values)
    {
        foreach (var value in values) _counter.WithLabels(value);
        return this;
    }

    /// <summary>Sets the series the key names to its total; false when the key is not of this family.</summary>
    public bool TrySet(string key, long total)
    {
        if (Labels.Count == 0)
        {
            if (key != Prefix) return false;
            _counter.IncTo(total);
            return true;
        }
        if (key.Length <= Prefix.Length + 1 || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length] != '/') return false;
        var values = key[(Prefix.Length + 1)..].Split('/', Labels.Count);
        if (values.Length != Labels.Count) return false;
        _counter.WithLabels(values).IncTo(total);
        return true;
    }
}
