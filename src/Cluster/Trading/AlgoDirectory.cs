using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Hive.Actors.Entities;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Orders.BestExecution;

namespace Hive.Cluster.Trading;

/// <summary>
/// Whether a parent order exists and what it was submitted as, from its own journal (<c>algo-{id}</c>, its first event) without
/// starting its entity. The list of parents is the read side's (<c>algos</c>, <see cref="Hive.Actors.ReadModel.ReadModelQueries.AlgosAsync"/>).
/// </summary>
public sealed class AlgoDirectory(ActorSystem system, string readJournalPluginId)
{
    private const string Prefix = RegionNames.Algo + "-";

    /// <summary>Whether anyone submitted this parent: its journal's first event, read without starting the entity (a read, or a
    /// command to an id nobody used, must not create one).</summary>
    public async Task<bool> ExistsAsync(AlgoId id) => await FirstEventAsync(id, CancellationToken.None) is not null;

    /// <summary>What each of these parents was submitted as (its first journal event, one read per parent); a parent whose journal
    /// holds no submission is left out.</summary>
    public async Task<IReadOnlyDictionary<AlgoId, ParentSubmission>> SubmissionsAsync(IEnumerable<AlgoId> ids, CancellationToken ct)
    {
        var found = new Dictionary<AlgoId, ParentSubmission>();
        foreach (var id in ids)
            if (await FirstEventAsync(id, ct) is AlgoSubmitted s)
                found[id] = new ParentSubmission(id, s.Spec.Type, s.Spec.Quantity, s.ArrivalPrice, s.OccurredAt);
        return found;
    }

    /// <summary>The parent's first journal event, or null when its journal is empty.</summary>
    private async Task<object?> FirstEventAsync(AlgoId id, CancellationToken ct)
    {
        var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentEventsByPersistenceIdQuery>(readJournalPluginId);
        var first = await journal.CurrentEventsByPersistenceId(Prefix + id.Value, 1, 1).Take(1)
            .RunWith(Sink.Seq<EventEnvelope>(), system.Materializer()).WaitAsync(ct);
        return first.Count > 0 ? first[0].Event : null;
    }
}
