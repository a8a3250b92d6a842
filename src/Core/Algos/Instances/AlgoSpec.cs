using System.Collections.Immutable;
using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Algos.Instances;

/// <summary>A parent order as its client asked for it: the algorithm by name (<see cref="ExecutionCatalog"/>), whose
/// account, what to trade, the window (<see cref="Start"/> null: when it is received) and the algorithm's parameters as
/// <c>--param</c> writes them. Kept as given, so a retried submission is recognised whatever time it arrives.</summary>
public sealed record AlgoSpec(string Type, AccountId AccountId, InstrumentId InstrumentId, OrderSide Side, decimal Quantity,
    DateTime? Start, DateTime End, ImmutableSortedDictionary<string, string> Parameters)
{
    /// <summary>Whether <paramref name="other"/> asks for the same parent (the parameter map compared by content).</summary>
    public bool SameAs(AlgoSpec other) =>
        Type == other.Type && AccountId == other.AccountId && InstrumentId == other.InstrumentId && Side == other.Side
        && Quantity == other.Quantity && Start == other.Start && End == other.End && Parameters.SequenceEqual(other.Parameters);
}
