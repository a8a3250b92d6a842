using Hive.Core.Algos;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Orders;

namespace Hive.Core.Strategies;

/// <summary>
/// A target a strategy hands to an execution algorithm (<see cref="IStrategyContext.Execute"/>): what to trade, the
/// algorithm by its catalog name (<see cref="ExecutionCatalog"/>), its parameters as <c>--param</c> writes them
/// (<c>slices</c>, <c>participation</c>...), and a window starting now on the host's clock and lasting
/// <see cref="Duration"/>. The host names the parent (<see cref="ParentId"/>) and runs it as the cluster's <c>algo</c>
/// entity or the backtester's <see cref="ParentOrderStrategy"/> would.
/// </summary>
public sealed record StrategyExecution(
    InstrumentId InstrumentId,
    OrderSide Side,
    decimal Quantity,
    string Algorithm,
    IReadOnlyDictionary<string, string> Parameters,
    TimeSpan Duration)
{
    /// <summary>The rejection code of a target the catalog or the planner refuses (the API's code for the same).</summary>
    public const string InvalidParameter = "invalid-parameter";

    /// <summary>The rejection code of a target on an instrument with no last price yet (no arrival price).</summary>
    public const string NoMarketPrice = "no-market-price";

    /// <summary>The algo id of a strategy's <paramref name="number"/>-th parent: <c>{strategy id}-p{n}</c>. Numbered over
    /// the strategy's whole life, so a retried or recovered issue names the same parent; its children are
    /// <c>{strategy id}-p{n}-{k}</c>, never one of the strategy's own <c>{strategy id}-{n}</c>.</summary>
    public static AlgoId ParentId(StrategyId strategy, int number) => new($"{strategy}-p{number}");

    /// <summary>The target's checked parameters, its window from <paramref name="start"/>: every bad value is an
    /// <see cref="ArgumentException"/> with the catalog's message, naming the field.</summary>
    public ExecutionParameters Parse(Instrument instrument, DateTime start)
    {
        if (Duration <= TimeSpan.Zero) throw new ArgumentException($"the window's duration must be positive, got {Duration}");
        return ExecutionCatalog.Parse(Algorithm, Side, Quantity, start, start + Duration, Parameters, instrument);
    }

    /// <summary>Plans the parent from <paramref name="start"/> at <paramref name="arrivalPrice"/> with what VWAP and
    /// implementation shortfall learned from the history before start (<paramref name="basis"/>; the others need none).
    /// Every bad value is an <see cref="ArgumentException"/> with the catalog's or the planner's message, naming the field.</summary>
    public ParentOrder Plan(AlgoId id, Instrument instrument, DateTime start, decimal arrivalPrice, ScheduleBasis basis) =>
        ExecutionPlanner.Plan(id.Value, Parse(instrument, start), instrument, arrivalPrice, basis);

    /// <summary>Checks the target where its history is not at hand (a cluster's strategy entity; the parent's entity learns
    /// it): the catalog, the limit bound against the arrival price and, for the algorithms that learn nothing, the schedule.</summary>
    public void Check(AlgoId id, Instrument instrument, DateTime start, decimal arrivalPrice)
    {
        var parameters = Parse(instrument, start);
        if (ExecutionPlanner.Learns(parameters.Algorithm)) parameters.CheckLimit(arrivalPrice);
        else ExecutionPlanner.Plan(id.Value, parameters, instrument, arrivalPrice, ScheduleBasis.None);
    }
}
