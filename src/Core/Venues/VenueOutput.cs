using Hive.Core.Orders;
namespace Hive.Core.Venues;

/// <summary>What a simulated venue did in response to one input, in order: commands for the order
/// entities (accept, reject, fill, cancel, trigger, expire) and the executions for the accounts.</summary>
public sealed record VenueOutput(IReadOnlyList<IOrderCommand> OrderUpdates, IReadOnlyList<Execution> Executions)
{
    public static VenueOutput Empty { get; } = new([], []);
}
