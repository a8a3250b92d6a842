using Akka.Actor;
using Akka.Persistence;

namespace Hive.Bench.Cluster;

/// <summary>
/// Bench only: writes one batch of atomic writes (many persistence ids) straight to the journal actor, as the persistent
/// actors' own writes would arrive, and completes when the journal confirms the whole batch. Much faster than starting a
/// persistent actor per order, and the rows are the same journal rows (with their tags) the projection reads.
/// </summary>
public sealed class JournalBatchWriter : ReceiveActor
{
    public JournalBatchWriter(IActorRef journal, IReadOnlyList<AtomicWrite> writes, TaskCompletionSource done)
    {
        Receive<WriteMessageSuccess>(_ => { });
        Receive<WriteMessageRejected>(r => Fail(done, r.Cause));
        Receive<WriteMessageFailure>(f => Fail(done, f.Cause));
        Receive<WriteMessagesSuccessful>(_ =>
        {
            done.TrySetResult();
            Context.Stop(Self);
        });
        Receive<WriteMessagesFailed>(f => Fail(done, f.Cause));
        journal.Tell(new WriteMessages(writes, Self, 1));
    }

    private void Fail(TaskCompletionSource done, Exception cause)
    {
        done.TrySetException(cause);
        Context.Stop(Self);
    }
}
