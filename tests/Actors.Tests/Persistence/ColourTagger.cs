using Akka.Persistence.Journal;

namespace Hive.Actors.Tests.Persistence;

/// <summary>The specs' write-side event adapter: tags every <see cref="Coloured"/> event with its colour.</summary>
public sealed class ColourTagger : IWriteEventAdapter
{
    public string Manifest(object evt) => "";

    public object ToJournal(object evt) => evt is Coloured c ? new Tagged(c, [c.Colour]) : evt;
}
