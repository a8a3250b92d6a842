using Hive.Core.Ids;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>Lookback returns of several instruments, kept on complete time slices: return = close now / close
/// <c>lookback</c> slices ago - 1. Ranking is by return, highest first, ties broken by the order the instruments
/// were listed in, so a ranking is always the same for the same data.</summary>
public sealed class MomentumRanking
{
    private readonly IReadOnlyList<InstrumentId> _instruments;
    private readonly Dictionary<InstrumentId, RollingWindow> _closes = new();

    public MomentumRanking(IReadOnlyList<InstrumentId> instruments, int lookback)
    {
        _instruments = instruments;
        foreach (var id in instruments) _closes[id] = new RollingWindow(lookback + 1);
    }

    public bool IsReady => _closes.Values.All(w => w.IsFull);

    public void Add(IReadOnlyDictionary<InstrumentId, decimal> closes)
    {
        foreach (var id in _instruments) _closes[id].Add(closes[id]);
    }

    public decimal ReturnOf(InstrumentId id)
    {
        var window = _closes[id];
        return window.Oldest <= 0m ? 0m : window.Newest / window.Oldest - 1m;
    }

    /// <summary>The instruments by lookback return, best first.</summary>
    public IReadOnlyList<InstrumentId> Ranked() =>
        _instruments.Select((id, index) => (id, index, r: ReturnOf(id)))
            .OrderByDescending(x => x.r).ThenBy(x => x.index).Select(x => x.id).ToList();
}
