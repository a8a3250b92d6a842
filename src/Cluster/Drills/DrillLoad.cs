using System.Collections.Concurrent;
using System.Globalization;
using Hive.Core.Drills;

namespace Hive.Cluster.Drills;

/// <summary>
/// The seeded client load of a drill, open loop at a fixed rate through every node that is up: market buys (filled at
/// the next bar), limit buys 5 % under the market (they rest) and cancels of them, and deposits of distinct amounts;
/// meanwhile a market-data feed pushes a bar every 100 ms. What to do next is drawn from the seed; the cluster's answers
/// decide the rest. Each second's acknowledged, refused and unknown operations make the drill's timeline.
/// </summary>
public sealed class DrillLoad(DrillNodes nodes, DrillClient client, IReadOnlyList<string> accounts, int rate, int seed)
{
    private static readonly DateTime FirstBar = new(2021, 1, 4, 0, 0, 0, DateTimeKind.Utc);
    private readonly Random _random = new(seed);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _resting = new();
    private readonly ConcurrentBag<Task> _inFlight = [];
    private DateTime _started = DateTime.UtcNow;
    private long _orders;
    private long _transfers;
    private decimal _price = 100m;
    private int _bars;

    /// <summary>Per second since the load started: operations answered ok, fail and info.</summary>
    public ConcurrentDictionary<int, int[]> Timeline { get; } = new();

    public decimal Price
    {
        get { lock (_random) return _price; }
    }

    /// <summary>Opens every account with a first deposit, then pushes the first bar so market orders have a price.</summary>
    public async Task SetUpAsync(CancellationToken ct)
    {
        var node = nodes.All[0];
        foreach (var account in accounts)
        {
            var (opened, detail) = await DrillClient.PostAsync(node, $"api/accounts/{account}/open", new { type = "cash" }, ct);
            if (opened != DrillOutcome.Ok) throw new InvalidOperationException($"could not open drill account {account}: {detail}");
            if (await client.DepositAsync(node, account, $"{account}-initial", 1_000_000m, ct) != DrillOutcome.Ok)
                throw new InvalidOperationException($"the first deposit of drill account {account} was not acknowledged");
        }
        if (!await PushBarAsync(ct)) throw new InvalidOperationException($"the first bar of {DrillClient.Instrument} was not accepted");
    }

    /// <summary>Sends operations at the rate until <paramref name="stop"/> fires, then waits for every one still in flight
    /// (each ends by itself: the client times out after 5 s); <paramref name="abort"/> cancels them too.</summary>
    public async Task RunAsync(CancellationToken stop, CancellationToken abort)
    {
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var next = _started = DateTime.UtcNow;
        while (!stop.IsCancellationRequested)
        {
            _inFlight.Add(Track(NextOperation(abort)));
            next += interval;
            var wait = next - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, stop); }
                catch (TaskCanceledException) { break; }
            }
        }
        await Task.WhenAll(_inFlight);
    }

    /// <summary>A bar every 100 ms until <paramref name="ct"/> fires (through whichever node is up).</summary>
    public async Task FeedAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PushBarAsync(ct);
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return; // stopped, possibly in the middle of a push
            }
        }
    }

    private async Task<bool> PushBarAsync(CancellationToken ct)
    {
        decimal open, close;
        int n;
        lock (_random)
        {
            open = _price;
            close = Math.Round(open * (1m + (decimal)(_random.NextDouble() - 0.5) * 0.002m), 2);
            _price = close;
            n = _bars++;
        }
        var bar = new
        {
            openTime = FirstBar.AddMinutes(n), interval = "1m", open, high = Math.Max(open, close) + 0.01m, low = Math.Min(open, close) - 0.01m,
            close, volume = 1_000_000m,
        };
        foreach (var node in nodes.Alive.ToList())
        {
            var (outcome, _) = await DrillClient.PostAsync(node, $"api/instruments/{DrillClient.Instrument}/bars", bar, ct);
            if (outcome == DrillOutcome.Ok) return true;
        }
        return false;
    }

    private async Task Track(Task<DrillOutcome> operation)
    {
        var outcome = await operation;
        var second = (int)(DateTime.UtcNow - _started).TotalSeconds;
        var counts = Timeline.GetOrAdd(second, _ => new int[3]);
        Interlocked.Increment(ref counts[(int)outcome]);
    }

    private Task<DrillOutcome> NextOperation(CancellationToken ct)
    {
        DrillNode node;
        string account;
        double kind;
        decimal quantity, amount;
        lock (_random)
        {
            var alive = nodes.Alive.ToList();
            node = alive.Count > 0 ? alive[_random.Next(alive.Count)] : nodes.All[0];
            account = accounts[_random.Next(accounts.Count)];
            kind = _random.NextDouble();
            quantity = 1 + _random.Next(3);
            amount = 100m + _random.Next(90_000) / 100m;
        }

        if (kind < 0.92 && kind >= 0.75 && _resting.TryGetValue(account, out var queue) && queue.TryDequeue(out var resting))
            return client.CancelAsync(node, account, resting, ct);
        if (kind >= 0.92)
            return client.DepositAsync(node, account, $"{account}-t{Interlocked.Increment(ref _transfers)}", amount, ct);

        var orderId = $"{account}-o{Interlocked.Increment(ref _orders).ToString(CultureInfo.InvariantCulture)}";
        if (kind < 0.55) return client.SubmitAsync(node, account, orderId, quantity, null, ct);
        return SubmitRestingAsync(node, account, orderId, quantity, Math.Round(Price * 0.95m, 2), ct);
    }

    private async Task<DrillOutcome> SubmitRestingAsync(DrillNode node, string account, string orderId, decimal quantity, decimal limit, CancellationToken ct)
    {
        var outcome = await client.SubmitAsync(node, account, orderId, quantity, limit, ct);
        if (outcome == DrillOutcome.Ok) _resting.GetOrAdd(account, _ => new ConcurrentQueue<string>()).Enqueue(orderId);
        return outcome;
    }
}
