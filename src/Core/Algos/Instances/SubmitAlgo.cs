using System.Text.Json.Serialization;
using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Algos.Instances;

/// <summary>Starts a parent order. The algo id is the idempotency key: the same spec again is a repeat, another spec under
/// the same id is refused (<c>duplicate-algo-id</c>). <see cref="ArrivalPrice"/> is the venue's last price when it was
/// submitted (the benchmark of its slippage); <see cref="Basis"/> what VWAP and implementation shortfall learned from the
/// market history (null: not learned yet, and the parent's entity learns it from its node's lake before deciding); the entity
/// fills in <see cref="Instrument"/> from its node's catalog.</summary>
public sealed record SubmitAlgo(AlgoId AlgoId, AlgoSpec Spec, decimal ArrivalPrice) : AlgoCommand(AlgoId)
{
    [JsonIgnore] public Instrument? Instrument { get; init; }

    /// <summary>The node's catalog, where a routed parent's venues are looked up (the entity fills it in too).</summary>
    [JsonIgnore] public InstrumentCatalog? Catalog { get; init; }

    public ScheduleBasis? Basis { get; init; }
}
