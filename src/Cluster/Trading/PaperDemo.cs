using System.Collections.Immutable;
using Akka.Actor;
using Hive.Actors.Protocol;
using Hive.Actors.Sharding;
using Hive.Cluster.Node;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Data.Lake;
using Hive.Data.Storage;
using Hive.Data.Samples;
using Hive.Core.Accounts;
using Hive.Core.Strategies.Instances;

namespace Hive.Cluster.Trading;

/// <summary>
/// The paper-trading demo of `hive node`: once the sample data is in the lake, it opens the cash account
/// <c>demo</c> with 100,000 USD and 100,000 USDT, starts <c>sma-cross</c> on SIM:SPX (daily S&amp;P 500) and on
/// SIMX:BTC-USDT (seeded synthetic hourly bitcoin), and replays both through the venues. Every step is an
/// idempotent command, so a restarted node runs the same set-up harmlessly and the replay resumes.
/// </summary>
public sealed class PaperDemo(NodeOptions options, ActorSystem system, EntityGateway gateway, SampleDataImporter importer, ILogger<PaperDemo> log)
    : BackgroundService
{
    public static readonly AccountId Account = new("demo");
    public static readonly IReadOnlyList<(StrategyId Strategy, InstrumentId Instrument, BarInterval Interval)> Strategies =
    [
        (new StrategyId("demo-spx"), SampleData.Spx, BarInterval.OneDay),
        (new StrategyId("demo-btc"), SampleData.Bitcoin, BarInterval.OneHour),
    ];

    private MarketReplay? _replay;

    public string Status { get; private set; } = options.Paper ? "pending" : "disabled (--no-paper)";

    public long BarsReplayed => _replay?.BarsSent ?? 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Paper) return;
        if (!options.ImportSamples)
        {
            Status = "disabled: it replays the sample data, which ImportSamples=false leaves out";
            return;
        }
        try
        {
            Status = "waiting for the sample data import";
            while (!importer.Status.StartsWith("ready", StringComparison.Ordinal))
            {
                if (importer.Status.StartsWith("failed", StringComparison.Ordinal) || importer.Status == "cancelled")
                {
                    Status = $"not started: sample data import {importer.Status}";
                    return;
                }
                await Task.Delay(250, stoppingToken);
            }
            Status = "setting up the demo account and strategies";
            await SetUpAsync(stoppingToken);
            Status = $"replaying at {(options.ReplaySpeed > 0 ? $"{options.ReplaySpeed:0.##} bars/s per instrument" : "full speed")}";
            _replay = new MarketReplay(system, gateway, new MarketDataLake(LakeLocation.Open(importer.LakePath)));
            await _replay.RunAsync(Strategies.Select(s => (s.Instrument, s.Interval)).ToList(), options.ReplaySpeed, stoppingToken);
            Status = $"replay finished: {BarsReplayed} bars";
        }
        catch (OperationCanceledException)
        {
            Status = "stopped";
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Status = $"failed: {e.Message}";
            log.LogError(e, "paper demo failed");
        }
    }

    private async Task SetUpAsync(CancellationToken cancellationToken)
    {
        await SendAsync(new OpenAccount(Account, AccountType.Cash), cancellationToken);
        await SendAsync(new DepositFunds(Account, "demo-seed-usd", "USD", 100_000m), cancellationToken);
        await SendAsync(new DepositFunds(Account, "demo-seed-usdt", "USDT", 100_000m), cancellationToken);
        foreach (var (strategy, instrument, _) in Strategies)
            await SendAsync(new StartStrategy(strategy, "sma-cross", Account,
                ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["instrument"] = instrument.ToString(), ["fast"] = "10", ["slow"] = "30" })),
                cancellationToken);
    }

    /// <summary>Sends until the entity answers (the cluster may still be forming); a refusal is logged, not retried.</summary>
    private async Task SendAsync(IHiveMessage command, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                if (await gateway.Ask(command, TimeSpan.FromSeconds(5), cancellationToken) is CommandRejected r)
                    log.LogWarning("demo set-up: {Command} refused: {Reason}", command.GetType().Name, r.Message);
                return;
            }
            catch (AskTimeoutException)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}
