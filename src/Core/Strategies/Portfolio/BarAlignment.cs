using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// Lines up the bars of several instruments by time. A multi-instrument strategy is handed each instrument's bar on
/// its own, in time order; it acts only when every instrument has delivered its bar for the same open time, i.e. on
/// the last bar of each complete time slice. A time at which some instrument has no bar (a holiday on one market, a
/// gap in the data) is not a decision point: the strategy waits for the next time all of them trade, so it never
/// decides on a stale price.
/// </summary>
public sealed class BarAlignment
{
    private readonly InstrumentId[] _instruments;
    private readonly Dictionary<InstrumentId, Bar> _latest = new();
    private DateTime? _lastComplete;

    public BarAlignment(IReadOnlyList<InstrumentId> instruments, string parameter = "instruments")
    {
        if (instruments.Count == 0) throw new ArgumentOutOfRangeException(parameter, "instruments needs at least one instrument");
        var distinct = new HashSet<InstrumentId>();
        foreach (var id in instruments)
            if (!distinct.Add(id)) throw new ArgumentOutOfRangeException(parameter, $"{parameter} lists {id} twice");
        _instruments = instruments.ToArray();
    }

    public IReadOnlyList<InstrumentId> Instruments => _instruments;

    /// <summary>How many complete slices have been seen.</summary>
    public int Completed { get; private set; }

    public bool Tracks(InstrumentId id) => Array.IndexOf(_instruments, id) >= 0;

    /// <summary>Records the bar; true exactly once per open time, when the bar completes that time's slice.</summary>
    public bool Add(Bar bar)
    {
        if (!Tracks(bar.Instrument)) return false;
        _latest[bar.Instrument] = bar;
        if (_lastComplete == bar.OpenTime) return false;
        foreach (var id in _instruments)
            if (!_latest.TryGetValue(id, out var latest) || latest.OpenTime != bar.OpenTime) return false;
        _lastComplete = bar.OpenTime;
        Completed++;
        return true;
    }

    public decimal Close(InstrumentId id) => _latest[id].Close;

    /// <summary>The last close of every instrument (the marks of a complete slice).</summary>
    public Dictionary<InstrumentId, decimal> Closes()
    {
        var closes = new Dictionary<InstrumentId, decimal>(_instruments.Length);
        foreach (var id in _instruments)
            if (_latest.TryGetValue(id, out var bar)) closes[id] = bar.Close;
        return closes;
    }
}
