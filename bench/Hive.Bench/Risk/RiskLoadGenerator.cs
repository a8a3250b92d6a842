using System.Diagnostics;
using System.Globalization;
using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.Risk;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Hive.Bench.Risk;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- risk [--instruments N] [--paths N] [--runs N]`: the time of one
/// Monte Carlo VaR (95% and 99%, 10-day horizon) of an equal-weight portfolio, best and mean of the runs after a warm-up;
/// then the cost of one pre-trade risk check with every limit on.
/// The returns are synthetic and seeded: 1,000 days of one market factor plus noise per instrument, so the
/// covariance is full and the Cholesky factor dense.
/// </summary>
public static class RiskLoadGenerator
{
    public static Task<int> Run(string[] args)
    {
        var instruments = 20;
        var paths = 100_000;
        var runs = 5;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--instruments" when i + 1 < args.Length: instruments = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--paths" when i + 1 < args.Length: paths = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}; use --instruments N --paths N --runs N");
                    return Task.FromResult(2);
            }
        }
        var returns = Correlated(instruments, 1_000, seed: 1);
        var weights = returns.EqualWeights();
        ValueAtRisk.MonteCarlo(returns, weights, [0.95, 0.99], 10, paths, 0);
        var times = new List<double>();
        IReadOnlyList<RiskEstimate> result = [];
        for (var run = 1; run <= runs; run++)
        {
            var clock = Stopwatch.StartNew();
            result = ValueAtRisk.MonteCarlo(returns, weights, [0.95, 0.99], 10, paths, run);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"Monte Carlo VaR, {instruments} instruments x {paths:N0} paths, {runs} runs: best {times.Min():F0} ms, mean {times.Average():F0} ms " +
            $"(99% 10-day VaR {result[1].Var:P2}, CVaR {result[1].Cvar:P2})");
        PreTradeCheck();
        return Task.FromResult(0);
    }

    /// <summary>One pre-trade check with every limit on (exposure and loss rules too), against an account holding two
    /// positions, 50 open orders and 150 orders in the last second (the rate window's work): the cost per order, best of five
    /// rounds of a million, and the bytes it allocates.</summary>
    private static void PreTradeCheck()
    {
        var id = new AccountId("bench");
        var spx = InstrumentId.Parse("SIM:SPX");
        var start = new DateTime(2024, 1, 2, 15, 0, 0, DateTimeKind.Utc);
        var limits = new RiskLimits
        {
            MaxOrderQuantity = 10_000m, MaxOrderNotional = 1_000_000m, PriceCollar = 0.1m, MaxOpenOrders = 1_000,
            MaxPositionQuantity = 100_000m, MaxPositionNotional = 10_000_000m, MaxOrdersPerSecond = 200,
            MaxGrossExposure = 4m, MaxNetExposure = 4m, DailyLossLimit = 1_000_000m, MaxDrawdown = 0.5m,
        };
        var account = Decided(AccountState.Empty(id), new OpenAccount(id, AccountType.Margin, 2m), start);
        account = Decided(account, new DepositFunds(id, "t", "USD", 100_000_000m), start);
        account = Decided(account, new SetRiskLimits(id, limits), start);
        account = Decided(account, new SetRiskLimits(id, new RiskLimits { MaxOrderQuantity = 5_000m }, Instrument: spx), start);
        foreach (var (held, trade) in new[] { (spx, "t1"), (InstrumentId.Parse("SIM:QQQ"), "t2") })
            account = Decided(account, new BookExecution(new Execution(new TradeId(trade), new ClientOrderId($"seed-{trade}"), id, held, OrderSide.Buy,
                1_000m, 100m, "USD", 0m, "USD", LiquiditySide.Taker, start), 0), start);
        for (var n = 0; n < 150; n++)
        {
            var at = start.AddMilliseconds(n * 5);
            account = Decided(account, Reserve(id, spx, $"o{n}"), at);
            if (n >= 50) account = Decided(account, new ReleaseReservation(id, new ClientOrderId($"o{n}"), "Cancelled"), at);
        }
        var probe = Reserve(id, spx, "probe");
        var now = start.AddMilliseconds(800);
        if (PreTradeRisk.Check(account, probe, now) is { } denied) throw new InvalidOperationException($"the probe order is denied: {denied}");
        var best = double.MaxValue;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 1_000_000; i++) PreTradeRisk.Check(account, probe, now);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds * 1_000 / 1_000_000);
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"pre-trade check, every limit on, two positions, 50 open orders and 150 in the last second: {best:F3} µs per order " +
            $"(best of 5 x 1,000,000), {allocated / 5_000_000.0:F1} bytes allocated per check");
    }

    private static ReserveBuyingPower Reserve(AccountId account, InstrumentId instrument, string id) =>
        new(new OrderRequest(new ClientOrderId(id), account, instrument, OrderSide.Buy, OrderType.Limit, 10m, 100m), "USD", 100m, MarketPrice: 100m);

    private static AccountState Decided(AccountState account, IAccountCommand command, DateTime at)
    {
        var decision = account.Decide(command, at);
        if (decision.Rejection is { } refused) throw new InvalidOperationException(refused.ToString());
        return decision.Events.Aggregate(account, (state, e) => state.Apply(e));
    }

    /// <summary>r = 0.8·f + 0.6·e per instrument and day, f and e standard normal scaled to 1% a day: pairwise correlation 0.64.</summary>
    private static JointReturns Correlated(int instruments, int days, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var market = new double[days];
        Normal.Samples(random, market, 0.0003, 0.01);
        var byInstrument = Enumerable.Range(0, instruments).Select(_ =>
        {
            var noise = new double[days];
            Normal.Samples(random, noise, 0, 0.01);
            return market.Select((m, t) => 0.8 * m + 0.6 * noise[t]).ToArray();
        }).ToList();
        return new JointReturns(Enumerable.Range(0, days).Select(d => new DateOnly(2000, 1, 1).AddDays(d)).ToList(), byInstrument);
    }
}
