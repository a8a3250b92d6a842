using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Hive.Actors.ReadModel;

/// <summary>
/// Measures the projection's lag from any node: the stored offsets (shared with the read tables) against the
/// journal's tag streams (the events after each offset, counted up to a cap). Measurements are cached for
/// <see cref="MaxAge"/>; the readiness loop measures every second, and what pages read (the counters) takes that
/// measurement while it is younger than <see cref="RecentEnough"/> instead of querying the journal per request.
/// </summary>
public sealed class ReadModelLag(ActorSystem system, ReadModelQueries queries, string readJournalPluginId, ReadModelSettings settings)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan RecentEnough = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _measuring = new(1, 1);
    private ProjectionLag? _last;

    public async Task<ProjectionLag> CurrentAsync(CancellationToken ct = default)
    {
        if (_last is { } fresh && DateTime.UtcNow - fresh.MeasuredAt < MaxAge) return fresh;
        await _measuring.WaitAsync(ct);
        try
        {
            if (_last is { } measured && DateTime.UtcNow - measured.MeasuredAt < MaxAge) return measured;
            return _last = await MeasureAsync(ct);
        }
        finally
        {
            _measuring.Release();
        }
    }

    /// <summary>The latest measurement if it is younger than <see cref="RecentEnough"/>, else a new one.</summary>
    public Task<ProjectionLag> RecentAsync(CancellationToken ct = default) =>
        _last is { } recent && DateTime.UtcNow - recent.MeasuredAt < RecentEnough ? Task.FromResult(recent) : CurrentAsync(ct);

    private async Task<ProjectionLag> MeasureAsync(CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        try
        {
            var journal = PersistenceQuery.Get(system).ReadJournalFor<ICurrentEventsByTagQuery>(readJournalPluginId);
            var tags = new List<TagLag>();
            foreach (var offset in await queries.OffsetsAsync(ct))
            {
                var behind = await journal.CurrentEventsByTag(offset.Tag, Offset.Sequence(offset.Position))
                    .Take(settings.LagCountCap)
                    .RunAggregate(0L, (n, _) => n + 1, system.Materializer());
                tags.Add(new TagLag(offset.Tag, offset.Position, behind, behind >= settings.LagCountCap,
                    offset.NewestEventAt is { } at ? Math.Round((now - at).TotalSeconds, 3) : null, offset.Events));
            }
            return new ProjectionLag(tags, now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ProjectionLag([], now, e.Message);
        }
    }
}
