using System.Collections.Immutable;
using Hive.Actors.Protocol;
using Hive.Core.Entities.Accounts;
using Hive.Core.Entities.Instruments;
using Hive.Core.Entities.Orders;
using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;

namespace Hive.Actors.Tests.Serialization;

/// <summary>
/// One fully populated instance of every wire type (no field left at its default), written out by
/// hand so a new message without a sample fails <c>Every_wire_type_has_a_sample</c>. <see cref="EdgeCases"/>
/// adds the shapes a full sample misses: empty states, null optionals, awkward decimals and ids.
/// </summary>
internal static class WireSamples
{
    private static readonly DateTime Occurred = new(2026, 11, 26, 0, 30, 1, 123, DateTimeKind.Utc);
    private static readonly DateTime Recorded = Occurred.AddTicks(4567);
    private static readonly AccountId Acc = new("ACC-1");
    private static readonly ClientOrderId Oid = new("O-1");
    private static readonly InstrumentId Spx = new("SIM", "SPX");
    private static readonly StrategyId Sid = new("S-1");

    private static readonly ImmutableSortedDictionary<string, string> SmaParameters =
        ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30", ["note"] = "ünïcode \"quoted\"" });

    private static readonly object[] All =
    [
        new CreditCash(Acc, "t-1", "USD", 1000.25m),
        new DebitCash(Acc, "t-2", "EUR", 0.0001m),
        new ReserveFunds(Acc, Oid, "USD", 123456789.123456789m),
        new ReleaseFunds(Acc, Oid),
        new GetAccount(Acc),
        new CashCredited("ACC-1:1", Occurred, Recorded, Acc, "t-1", "USD", 1000.25m),
        new CashDebited("ACC-1:2", Occurred, Recorded, Acc, "t-2", "EUR", 79228162514264337593543950335m),
        new FundsReserved("ACC-1:3", Occurred, Recorded, Acc, Oid, "USD", 60m),
        new FundsReleased("ACC-1:4", Occurred, Recorded, Acc, Oid, "USD", 60m),
        new AccountState(Acc, 4,
            ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal> { ["USD"] = 940.25m, ["EUR"] = -0.5m }),
            ImmutableSortedDictionary.CreateRange(new Dictionary<string, Reservation>
            {
                ["O-1"] = new("USD", 60m), ["O-2"] = new("EUR", 0.25m),
            }),
            ImmutableHashSet.Create("t-1", "t-2", "t-3")),
        new CreateOrder(Oid, Acc, Spx, OrderSide.Sell, 10.5m, 4500.25m),
        new CancelOrder(Oid, "user asked"),
        new GetOrder(Oid),
        new OrderCreated("O-1:1", Occurred, Recorded, Oid, Acc, Spx, OrderSide.Sell, 10.5m, 4500.25m),
        new OrderCancelled("O-1:2", Occurred, Recorded, Oid, "user asked"),
        new OrderState(Oid, 2, OrderStatus.Cancelled, Acc, Spx, OrderSide.Sell, 10.5m, 4500.25m, Occurred, "user asked"),
        new RecordPrice(Spx, 4500.5m, Occurred),
        new GetInstrument(Spx),
        new LastPriceRecorded("SIM:SPX:7", Occurred, Recorded, Spx, 4500.5m),
        new InstrumentState(Spx, 7, 4500.5m, Occurred),
        new StartStrategy(Sid, "sma-cross", Acc, SmaParameters),
        new StopStrategy(Sid, "risk limit"),
        new GetStrategy(Sid),
        new StrategyStarted("S-1:1", Occurred, Recorded, Sid, "sma-cross", Acc, SmaParameters),
        new StrategyStopped("S-1:2", Occurred, Recorded, Sid, "risk limit"),
        new StrategyState(Sid, 3, true, "sma-cross", Acc, SmaParameters, 2, "maintenance"),
        new CommandAccepted("account", "ACC-1", 4, true),
        new CommandRejected("order", "O-1", "duplicate-client-order-id", "client order id O-1 is already used by a different order"),
    ];

    public static IReadOnlyDictionary<Type, object> ByType { get; } = All.ToDictionary(s => s.GetType());

    public static IReadOnlyList<object> EdgeCases { get; } =
    [
        AccountState.Empty(Acc),
        OrderState.Empty(Oid),
        InstrumentState.Empty(Spx),
        StrategyState.Empty(Sid),
        new CreateOrder(new ClientOrderId("a_b.c/d"), Acc, new InstrumentId("SIMX", "BTC-USDT"), OrderSide.Buy, 0.00000001m, null),
        new CreditCash(Acc, "t-9", "USDT", 1.10m),
        new RecordPrice(Spx, 1m, DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)),
        new CommandAccepted("strategy", "S-1", long.MaxValue, false),
    ];
}
