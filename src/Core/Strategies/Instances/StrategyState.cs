using System.Collections.Immutable;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Strategies;

namespace Hive.Core.Strategies.Instances;

/// <summary>A strategy instance's lifecycle, its open orders and the parents it handed to algorithms. A running strategy
/// never passivates, so with remember-entities it is restarted on a surviving node after failover. Bounded:
/// <see cref="OpenOrders"/> holds only orders not yet known to be finished, <see cref="WorkingAlgos"/> only parents not yet
/// known to be finished; <see cref="OrdersIssued"/> and <see cref="AlgosIssued"/> count every one ever issued.</summary>
public sealed record StrategyState(
    StrategyId StrategyId,
    long Version,
    bool Running,
    string? Kind,
    AccountId? AccountId,
    ImmutableSortedDictionary<string, string> Parameters,
    int Starts,
    string? StopReason,
    int OrdersIssued,
    ImmutableList<IssuedOrder> OpenOrders,
    int AlgosIssued,
    ImmutableList<IssuedAlgo> WorkingAlgos) : IAggregate<StrategyState, StrategyCommand, StrategyEvent>, IEntityState
{
    public static StrategyState Empty(StrategyId id) =>
        new(id, 0, false, null, null, ImmutableSortedDictionary<string, string>.Empty, 0, null, 0, ImmutableList<IssuedOrder>.Empty,
            0, ImmutableList<IssuedAlgo>.Empty);

    public bool CanPassivate => !Running;

    /// <summary>Client order ids count up over the instance's whole life (across restarts), so none is reused.</summary>
    public ClientOrderId NextOrderId => new($"{StrategyId}-{OrdersIssued + 1}");

    /// <summary>Parents are numbered the same way (<see cref="StrategyExecution.ParentId"/>).</summary>
    public AlgoId NextAlgoId => StrategyExecution.ParentId(StrategyId, AlgosIssued + 1);

    public Decision<StrategyEvent> Decide(StrategyCommand command, DateTime utcNow)
    {
        if (command.StrategyId != StrategyId)
            return Decision<StrategyEvent>.Reject("wrong-entity", $"command for strategy {command.StrategyId} reached strategy {StrategyId}");
        var id = $"{StrategyId}:{Version + 1}";
        return command switch
        {
            StartStrategy when AlgoOwner.AlgoOf(StrategyId) is not null =>
                Decision<StrategyEvent>.Reject("reserved-id", $"strategy ids beginning '{AlgoOwner.Prefix}' name the owners of parent orders' children; choose another id"),
            StartStrategy s when string.IsNullOrWhiteSpace(s.Kind) =>
                Decision<StrategyEvent>.Reject("missing-kind", "a strategy needs a kind (catalog name)"),
            StartStrategy s when s.Parameters is null =>
                Decision<StrategyEvent>.Reject("missing-parameters", "a strategy start needs a parameter map (empty for none)"),
            StartStrategy s when StrategyCatalog.Check(s.Kind, s.Parameters) is { } bad =>
                Decision<StrategyEvent>.Reject(bad.Code, bad.Message),
            StartStrategy s when Running && s.Kind == Kind && s.AccountId == AccountId && s.Parameters.SequenceEqual(Parameters) =>
                Decision<StrategyEvent>.AlreadyApplied,
            StartStrategy when Running =>
                Decision<StrategyEvent>.Reject("already-running", $"strategy {StrategyId} is running with other settings; stop it first"),
            StartStrategy s => Decision<StrategyEvent>.Accept(new StrategyStarted(id, utcNow, utcNow, StrategyId, s.Kind, s.AccountId, s.Parameters)),
            StopStrategy when !Running => Decision<StrategyEvent>.AlreadyApplied,
            StopStrategy s => Decision<StrategyEvent>.Accept(new StrategyStopped(id, utcNow, utcNow, StrategyId, s.Reason)),
            IssueOrder when !Running => Decision<StrategyEvent>.Reject("not-running", $"strategy {StrategyId} is not running, so it cannot issue orders"),
            IssueOrder o => Decision<StrategyEvent>.Accept(new StrategyOrderIssued(id, utcNow, utcNow, StrategyId,
                o.Order.ToRequest(NextOrderId, AccountId!.Value, StrategyId), o.ReferencePrice)),
            IssueAlgo when !Running => Decision<StrategyEvent>.Reject("not-running", $"strategy {StrategyId} is not running, so it cannot hand targets to algorithms"),
            IssueAlgo a => Issue(a, id, utcNow),
            CloseAlgo c when WorkingAlgos.Exists(a => a.AlgoId == c.AlgoId) => Decision<StrategyEvent>.Accept(new StrategyAlgoClosed(id, utcNow, utcNow, StrategyId, c.AlgoId)),
            CloseAlgo => Decision<StrategyEvent>.AlreadyApplied,
            CloseOrders c when c.Orders.Where(id => OpenOrders.Exists(o => o.Request.ClientOrderId == id)).ToList() is { Count: > 0 } closing =>
                Decision<StrategyEvent>.Accept(new StrategyOrdersClosed(id, utcNow, utcNow, StrategyId, closing)),
            CloseOrders => Decision<StrategyEvent>.AlreadyApplied,
            _ => Decision<StrategyEvent>.Reject("unknown-command", $"strategy cannot handle {command.GetType().Name}"),
        };
    }

    public StrategyState Apply(StrategyEvent @event) => @event switch
    {
        StrategyStarted s => this with
        {
            Version = Version + 1, Running = true, Kind = s.Kind, AccountId = s.AccountId, Parameters = s.Parameters,
            Starts = Starts + 1, StopReason = null,
        },
        StrategyStopped s => this with { Version = Version + 1, Running = false, StopReason = s.Reason },
        StrategyOrderIssued o => this with
        {
            Version = Version + 1, OrdersIssued = OrdersIssued + 1, OpenOrders = OpenOrders.Add(new IssuedOrder(o.Request, o.ReferencePrice)),
        },
        StrategyOrdersClosed c => this with
        {
            Version = Version + 1, OpenOrders = OpenOrders.RemoveAll(o => c.Orders.Contains(o.Request.ClientOrderId)),
        },
        StrategyAlgoIssued a => this with
        {
            Version = Version + 1, AlgosIssued = AlgosIssued + 1, WorkingAlgos = WorkingAlgos.Add(new IssuedAlgo(a.AlgoId, a.Spec, a.ArrivalPrice)),
        },
        StrategyAlgoClosed c => this with { Version = Version + 1, WorkingAlgos = WorkingAlgos.RemoveAll(a => a.AlgoId == c.AlgoId) },
        _ => throw new InvalidOperationException($"strategy cannot apply {@event.GetType().Name}"),
    };

    /// <summary>Checks the target as far as it can be without the market history (<see cref="StrategyExecution.Check"/>: VWAP's
    /// and implementation shortfall's schedules are planned by the parent's entity, which learns them) and fixes its
    /// window on the clock of the issue, so every re-send of the parent is the same spec.</summary>
    private Decision<StrategyEvent> Issue(IssueAlgo issue, string id, DateTime utcNow)
    {
        var target = issue.Target;
        if (issue.Instrument is not { } instrument)
            return Decision<StrategyEvent>.Reject(TradingRejections.UnknownInstrument, $"instrument {target.InstrumentId} is not listed on this node");
        if (issue.ArrivalPrice <= 0m)
            return Decision<StrategyEvent>.Reject(StrategyExecution.NoMarketPrice, $"instrument {target.InstrumentId} has no last price yet, so the parent has no arrival price");
        try
        {
            target.Check(NextAlgoId, instrument, utcNow, issue.ArrivalPrice);
        }
        catch (ArgumentException e)
        {
            return Decision<StrategyEvent>.Reject(StrategyExecution.InvalidParameter, e.Message);
        }
        var spec = new AlgoSpec(target.Algorithm, AccountId!.Value, target.InstrumentId, target.Side, target.Quantity, utcNow, utcNow + target.Duration,
            target.Parameters.ToImmutableSortedDictionary(StringComparer.Ordinal));
        return Decision<StrategyEvent>.Accept(new StrategyAlgoIssued(id, utcNow, utcNow, StrategyId, NextAlgoId, spec, issue.ArrivalPrice));
    }
}
