namespace Hive.Core.Domain;

/// <summary>
/// Pure state of one entity: <see cref="Decide"/> turns a command into events or a rejection without
/// changing anything; <see cref="Apply"/> folds one event into a new state. Actors persist what Decide
/// returns and fold with Apply; recovery is Apply over the journal, so replay can never disagree with
/// live behaviour. The backtester uses the same types without actors.
/// </summary>
public interface IAggregate<TSelf, in TCommand, TEvent>
    where TSelf : IAggregate<TSelf, TCommand, TEvent>
{
    Decision<TEvent> Decide(TCommand command, DateTime utcNow);

    TSelf Apply(TEvent @event);
}
