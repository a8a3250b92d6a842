using System.Collections.Immutable;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.ReadModel;
using Hive.Core.Strategies;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Security;
using Hive.Core.Strategies.Instances;
using Hive.Core.Venues;

namespace Hive.Actors.Tests.Serialization;

/// <summary>
/// One fully populated instance of every wire type (no field left at its default), so a new message without a
/// sample fails <c>Every_wire_type_has_a_sample</c>. The entity states are produced by the pure domain itself
/// (an account that deposited, reserved and traded; an order that was placed, reserved, accepted and partly
/// filled), so the snapshots exercise the shapes real journals hold. <see cref="EdgeCases"/> adds empty states,
/// null optionals, awkward decimals and ids.
/// </summary>
internal static class WireSamples
{
    private static readonly DateTime Occurred = new(2026, 11, 26, 0, 30, 1, 123, DateTimeKind.Utc);
    private static readonly DateTime Recorded = Occurred.AddTicks(4567);
    private static readonly AccountId Acc = new("ACC-1");
    private static readonly ClientOrderId Oid = new("O-1");
    private static readonly InstrumentId Spx = new("SIM", "SPX");
    private static readonly StrategyId Sid = new("S-1");
    private static readonly AlgoId Parent = new("S-1-p1");
    private static readonly Instrument SpxListing = InstrumentCatalog.Default.All.Single(i => i.Id == Spx);
    private static readonly Bar DailyBar = new(Spx, Occurred.Date, BarInterval.OneDay, 4500.25m, 4510m, 4490.5m, 4505.75m, 1_234_567m);

    private static readonly ImmutableSortedDictionary<string, string> SmaParameters =
        ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["instrument"] = "SIM:SPX", ["fast"] = "10", ["slow"] = "30" });

    private static readonly AlgoSpec ParentSpec = new("twap", Acc, Spx, OrderSide.Sell, 100m, new DateTime(2026, 11, 26, 0, 29, 1, DateTimeKind.Utc),
        new DateTime(2026, 11, 26, 0, 59, 1, DateTimeKind.Utc), ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string> { ["slices"] = "4" }));

    private static readonly OrderRequest Limit = new(Oid, Acc, Spx, OrderSide.Buy, OrderType.StopLimit, 10m, 4500.25m, 4499.5m, null,
        TimeInForce.Gtd, Occurred.AddDays(3), PostOnly: false, ReduceOnly: true, StrategyId: Sid, SelfTradePrevention: SelfTradePrevention.ExpireBoth);

    private static readonly Execution Fill = new(new TradeId("SIM-SPX-7"), Oid, Acc, Spx, OrderSide.Buy, 4m, 4500.25m, "USD", 18.001m, "USD",
        LiquiditySide.Taker, Occurred);

    private static readonly KillSwitch Kill = new("kill-switches#1", new KillSwitchScope(Strategy: Sid), "ops", "runaway strategy", Occurred);

    private static readonly StoredKey Key = new("0123456789abcdef", "00112233445566778899aabbccddeeff", new string('a', 64));

    private static readonly ApiUser Trader = new(new UserName("alice"), ApiRole.Trader, [Acc, new AccountId("ACC-2")], Key.KeyId, Key.Salt, Key.Hash,
        Occurred, "bootstrap-admin", null);

    private static readonly Reservation Held = new(Oid, Spx, "USD", OrderSide.Buy, 10m, 45047.5025m);

    public static AccountState Account { get; } = Fold(AccountState.Empty(Acc),
        new OpenAccount(Acc, AccountType.Margin, 2m),
        new DepositFunds(Acc, "t-1", "USD", 100_000.25m),
        new DepositFunds(Acc, "t-2", "EUR", 0.0001m),
        new ReserveBuyingPower(Market(new ClientOrderId("O-9")), "USD", 4500m, 0.001m, MarketPrice: 4499.5m),
        new BookExecution(Fill with { ClientOrderId = new ClientOrderId("O-9") }, 1),
        new SetRiskLimits(Acc, RiskLimits.Defaults with
        {
            MaxOrderQuantity = 50m, MaxNetExposure = 1.5m, DailyLossLimit = 90_000m, MaxDrawdown = 0.9m, LossBreachState = TradingState.Reducing,
        }),
        new SetRiskLimits(Acc, new RiskLimits { MaxOpenOrders = 3 }, Strategy: Sid),
        new SetRiskLimits(Acc, new RiskLimits { PriceCollar = 0.02m }, Instrument: Spx),
        new SetTradingState(Acc, TradingState.Halted, "desk review", "ops", Sid),
        new SetSelfTradePrevention(Acc, SelfTradePrevention.ExpireMaker));

    public static OrderFlowState Order { get; } = FoldFlow(OrderFlowState.Empty(Oid),
        new PlaceOrder(Limit with { Type = OrderType.Limit, StopPrice = null, TimeInForce = TimeInForce.Gtc, ExpireAt = null }, 4500.25m)
            { Instrument = SpxListing, ReserveFeeRate = 0.001m },
        new VenueReports(Oid, 0, [new VenueReport(VenueReportKind.Accepted, VenueOrderId: "SIM-1"), new VenueReport(VenueReportKind.Filled, Fill: Fill)]),
        new RequestCancel(Oid, "user asked"));

    public static OrderGroupState OrderGroup { get; } = OrderGroupState.Empty("g007") with
    {
        Version = 9, Orders = ImmutableDictionary<ClientOrderId, OrderFlowState>.Empty.Add(Oid, Order), Forgot = true,
    };

    private static readonly object[] All =
    [
        .. AlgoWireSamples.All,
        new OpenAccount(Acc, AccountType.Margin, 2.5m),
        new DepositFunds(Acc, "t-1", "USD", 1000.25m),
        new ReserveBuyingPower(Limit, "USD", 4500.25m, 0.001m),
        new BookExecution(Fill, 2),
        new ReleaseReservation(Acc, Oid, "Cancelled"),
        new GetAccount(Acc),
        new GetAccountView(Acc),
        new AccountOpened("ACC-1#1", Acc, Occurred, Recorded, AccountType.Margin, 2m),
        new FundsDeposited("ACC-1#2", Acc, Occurred, Recorded, "t-1", "USD", 79228162514264337593543950335m),
        new BuyingPowerReserved("ACC-1#3", Acc, Occurred, Recorded, Held, 4499.5m),
        new ExecutionBooked("ACC-1#4", Acc, Occurred, Recorded, Fill),
        new ReservationReleased("ACC-1#5", Acc, Occurred, Recorded, Oid, "Filled"),
        new SetRiskLimits(Acc, new RiskLimits { MaxOrderNotional = 250_000.5m, MaxOrdersPerSecond = 5 }, Instrument: Spx),
        new RiskLimitsSet("ACC-1#6", Acc, Occurred, Recorded, new RiskLimits { MaxPositionQuantity = 100m }, Sid),
        new SetTradingState(Acc, TradingState.Reducing, "daily loss", "risk-desk", Sid, "daily-loss-limit", "kill-switches#2"),
        new TradingStateChanged("ACC-1#7", Acc, Occurred, Recorded, TradingState.Halted, "kill switch", "ops", Sid, "max-drawdown", "kill-switches#2"),
        new SetSelfTradePrevention(Acc, SelfTradePrevention.Decrement),
        new SelfTradePreventionSet("ACC-1#8", Acc, Occurred, Recorded, SelfTradePrevention.ExpireMaker),
        new EngageKillSwitch(new KillSwitchScope(Acc), "ops", "runaway strategy"),
        new ReleaseKillSwitch(new KillSwitchScope(Strategy: Sid), "ops", "reviewed"),
        GetKillSwitches.Instance,
        new KillSwitchEngaged("kill-switches#1", Occurred, Recorded, Kill),
        new KillSwitchReleased("kill-switches#2", Occurred, Recorded, new KillSwitchScope(Acc), "ops", "reviewed"),
        Kill,
        new KillSwitchState(3, ImmutableDictionary<string, KillSwitch>.Empty.Add(Kill.Scope.ToString(), Kill)),
        new AddUser(Trader.Name, ApiRole.Trader, Trader.Accounts, Key, "bootstrap-admin"),
        new RevokeUser(Trader.Name, "bootstrap-admin"),
        new RotateUserKey(Trader.Name, Key, "ops"),
        GetUserDirectory.Instance,
        new UserAdded("users#1", Occurred, Recorded, Trader),
        new UserRevoked("users#2", Occurred, Recorded, Trader.Name, "ops"),
        new UserKeyRotated("users#3", Occurred, Recorded, Trader.Name, Key, "ops"),
        Trader,
        Key,
        new UserDirectoryState(3, ImmutableDictionary<string, ApiUser>.Empty.Add("alice", Trader with { RevokedAt = Recorded })),
        Account,
        new PlaceOrder(Limit, 4500.25m),
        new RequestCancel(Oid, "user asked"),
        new RequestReplace(Oid, 12m, 4501m, 4499m),
        new ReservationRefused(Oid, "insufficient-buying-power", "order O-1 needs 45047.50 USD"),
        new FillBooked(Oid, Fill.TradeId, 2, 17, "non-positive-amount"),
        new ReleaseConfirmed(Oid),
        new VenueReports(Oid, 3, [
            new VenueReport(VenueReportKind.Filled, "SIM-1", "c", "r", 4499.5m, Fill),
            new VenueReport(VenueReportKind.Rejected, Code: "post-only-would-take", Reason: "would cross"),
            new VenueReport(VenueReportKind.CancelRejected, Reason: "not working", Attempt: 2),
            new VenueReport(VenueReportKind.Cancelled, Code: "self-trade-prevented", Reason: "it would trade with O-2"),
            new VenueReport(VenueReportKind.Decremented, Code: "self-trade-prevented", Reason: "O-2 would trade with it", Quantity: 6m),
        ]),
        new GetOrder(Oid),
        new GetOrderOwed(Oid),
        new OrderOwed(Oid, ["BookExecution", "ReleaseReservation"]),
        new RouteAgain(Oid),
        new OrderSubmitted("O-1#1", Oid, Occurred, Recorded, Limit, 4500.25m, "USD", 0.001m),
        new OrderAccepted("O-1#2", Oid, Occurred, Recorded, new VenueOrderId("SIM-1")),
        new OrderRejected("O-1#2", Oid, Occurred, Recorded, "off-tick", "limit price 4500.255 is off tick"),
        new OrderDenied("O-1#2", Oid, Occurred, Recorded, "max-order-notional", "order O-1 for 10 at 4500.25 is 45002.5 USD, above 10000"),
        new OrderTriggered("O-1#3", Oid, Occurred, Recorded, 4499.5m),
        new OrderCancelPending("O-1#4", Oid, Occurred, Recorded),
        new OrderCancelled("O-1#5", Oid, Occurred, Recorded, "self-trade-prevented: it would trade with O-2", "self-trade-prevented"),
        new OrderCancelRejected("O-1#5", Oid, Occurred, Recorded, "not working"),
        new OrderReplacePending("O-1#6", Oid, Occurred, Recorded, 12m, 4501m, 4499m),
        new OrderReplaced("O-1#7", Oid, Occurred, Recorded, 12m, 4501m, 4499m),
        new OrderReplaceRejected("O-1#7", Oid, Occurred, Recorded, "overfill"),
        new OrderFilled("O-1#8", Oid, Occurred, Recorded, Fill.TradeId, 4m, 4500.25m, 18.001m, "USD", LiquiditySide.Maker),
        new OrderExpired("O-1#9", Oid, Occurred, Recorded),
        new OrderDecremented("O-1#10", Oid, Occurred, Recorded, 6m, "self-trade-prevented", "incoming order O-2 of the same account would trade with it"),
        Order,
        OrderGroup,
        new RouteOrder(Limit, 2, new WorkingOrderProgress(10m, 4500.25m, null, 4m, 1, false)),
        new RouteCancel(Spx, Oid, 2, 3),
        new RouteReplace(Spx, Oid, 1, 12m, 4501m, 4499m, 3),
        new ApplyBar(DailyBar),
        new GetVenue(Spx),
        new VenueStatus(Spx, Occurred, 4505.75m, 3, 42, Occurred.AddMinutes(5), "4505.75 is +12% from 4023 at 2026-11-26T00:29:01Z") { LastVolume = 1_234_567m },
        new VenueSnapshot(DailyBar, [Oid, new ClientOrderId("O-2")]),
        new BarPublished(DailyBar, [Oid]),
        new StartStrategy(Sid, "sma-cross", Acc, SmaParameters),
        new StopStrategy(Sid, "risk limit"),
        new IssueOrder(Sid, new StrategyOrder(Spx, OrderSide.Sell, OrderType.Limit, 3m, 4500m, 4400m, 5m, TimeInForce.Day, Occurred, true, true), 4500m),
        new GetStrategy(Sid),
        new GetStrategyProgress(Sid),
        new StrategyProgress(Sid, true, 250, Occurred, 1, 7),
        new OrderUpdate(Sid, Order.Order, Order.Fills, [12]),
        new StrategyStarted("S-1:1", Occurred, Recorded, Sid, "sma-cross", Acc, SmaParameters),
        new StrategyStopped("S-1:2", Occurred, Recorded, Sid, "risk limit"),
        new StrategyOrderIssued("S-1:3", Occurred, Recorded, Sid, Limit, 4500.25m),
        new CloseOrders(Sid, [Oid]),
        new StrategyOrdersClosed("S-1:4", Occurred, Recorded, Sid, [Oid]),
        new IssueAlgo(Sid, new StrategyExecution(Spx, OrderSide.Sell, 100m, "twap", new Dictionary<string, string> { ["slices"] = "4" }, TimeSpan.FromMinutes(30)), 4500.25m),
        new StrategyAlgoIssued("S-1:5", Occurred, Recorded, Sid, Parent, ParentSpec, 4500.25m),
        new CloseAlgo(Sid, Parent),
        new StrategyAlgoClosed("S-1:6", Occurred, Recorded, Sid, Parent),
        new StrategyState(Sid, 3, true, "sma-cross", Acc, SmaParameters, 2, "maintenance", 7, [new IssuedOrder(Limit, 4500.25m)],
            1, [new IssuedAlgo(Parent, ParentSpec, 4500.25m)]),
        new CommandAccepted("account", "ACC-1", 4, true),
        new CommandRejected("order", "O-1", "duplicate-client-order-id", "client order id O-1 is already used by a different order"),
        RebuildReadModel.Instance,
        new ReadModelRebuilt(Recorded, "emptying the read tables failed: disk full"),
        new ReadModelChanged(
            [new OrderRow(Oid, Acc, Spx, Sid, OrderSide.Buy, OrderType.StopLimit, TimeInForce.Gtd, 10m, 4500.25m, 4499.5m, OrderStatus.PartiallyFilled,
                OrderStatus.Accepted, 4m, 4500.125m, 1.8m, new VenueOrderId("V-1"), "off-tick", "price 4500.255 is not on the 0.25 tick", Occurred, Recorded, 17, 3)],
            [new FillRow(new TradeId("T-1"), Oid, Acc, Spx, OrderSide.Buy, 4m, 4500.125m, 1.8m, "USD", LiquiditySide.Taker, Occurred, 18)],
            [new AccountRow(Acc, AccountType.Margin, 4m, Occurred, 2)],
            [new StrategyRow(Sid, "sma-cross", Acc, SmaParameters, false, "risk limit", 7, 2, Recorded, 9)]),
    ];

    public static IReadOnlyDictionary<Type, object> ByType { get; } = All.ToDictionary(s => s.GetType());

    public static IReadOnlyList<object> EdgeCases { get; } =
    [
        AccountState.Empty(Acc),
        new SetSelfTradePrevention(Acc, null),
        new SelfTradePreventionSet("ACC-1#9", Acc, Occurred, Recorded, null),
        OrderFlowState.Empty(Oid),
        OrderGroupState.Empty("g000"),
        StrategyState.Empty(Sid),
        KillSwitchState.Empty,
        UserDirectoryState.Empty,
        new EngageKillSwitch(KillSwitchScope.Cluster, "ops", "exchange outage"),
        new PlaceOrder(new OrderRequest(new ClientOrderId("a_b.c-d"), Acc, new InstrumentId("SIMX", "BTC-USDT"), OrderSide.Sell, OrderType.Market, 0.00000001m)),
        new DepositFunds(Acc, "t-9", "USDT", 1.10m),
        new VenueStatus(Spx, null, null, 0, 0),
        new VenueReports(Oid, 0, []),
        new CommandAccepted("strategy", "S-1", long.MaxValue, false),
        .. AlgoWireSamples.EdgeCases,
    ];

    private static OrderRequest Market(ClientOrderId id) => new(id, Acc, Spx, OrderSide.Buy, OrderType.Market, 4m);

    private static AccountState Fold(AccountState state, params IAccountCommand[] commands)
    {
        foreach (var command in commands)
        {
            var decision = state.Decide(command, Occurred);
            if (decision.Rejection is { } refused) throw new InvalidOperationException($"sample account refused {command}: {refused}");
            foreach (var e in decision.Events) state = state.Apply(e);
        }
        return state;
    }

    private static OrderFlowState FoldFlow(OrderFlowState state, params IOrderFlowCommand[] commands)
    {
        foreach (var command in commands)
        {
            var decision = state.Decide(command, Occurred);
            if (decision.Rejection is { } refused) throw new InvalidOperationException($"sample order refused {command}: {refused}");
            foreach (var e in decision.Events) state = state.Apply(e);
        }
        return state;
    }
}
