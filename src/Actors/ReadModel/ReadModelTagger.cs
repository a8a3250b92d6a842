using Akka.Persistence.Journal;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// Write event adapter of the journal: wraps the order, account, strategy and parent-order events the read side folds in
/// <see cref="Tagged"/> (<see cref="ReadModelTags.For"/>), so it follows one tag stream (EventsByTag) instead of every persistence id.
/// Bound in <see cref="Hosting.HiveHocon"/>; events of other kinds pass through untouched.
/// </summary>
public sealed class ReadModelTagger : IWriteEventAdapter
{
    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => ReadModelTags.For(evt) is { } tag ? new Tagged(evt, [tag]) : evt;
}
