using Akka.Persistence.Journal;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// Write event adapter of the journal: wraps every order, account and strategy event in <see cref="Tagged"/> with its
/// entity kind, so the read side follows one tag stream per kind (EventsByTag) instead of every persistence id.
/// Bound in <see cref="Hosting.HiveHocon"/>; events of other kinds pass through untouched.
/// </summary>
public sealed class ReadModelTagger : IWriteEventAdapter
{
    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) => ReadModelTags.For(evt) is { } tag ? new Tagged(evt, [tag]) : evt;
}
