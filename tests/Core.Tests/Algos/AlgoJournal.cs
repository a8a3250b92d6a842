using Hive.Core.Algos.Instances;
using Hive.Core.Ids;

namespace Hive.Core.Tests.Algos;

/// <summary>Runs a cluster parent's commands as its entity would (decide, apply, journal) and replays journals, for the
/// <see cref="AlgoState"/> tests.</summary>
internal static class AlgoJournal
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public static (AlgoState State, List<AlgoEvent> Journal) Run(AlgoState state, List<AlgoEvent> journal, AlgoCommand command, DateTime now)
    {
        var decision = state.Decide(command, now);
        Assert.Null(decision.Rejection);
        foreach (var e in decision.Events) state = state.Apply(e);
        journal.AddRange(decision.Events);
        return (state, journal);
    }

    public static AlgoState Replay(AlgoId id, IEnumerable<AlgoEvent> journal) => journal.Aggregate(AlgoState.Empty(id), (s, e) => s.Apply(e));

    public static string Json(AlgoState state) => System.Text.Json.JsonSerializer.Serialize(state);
}
