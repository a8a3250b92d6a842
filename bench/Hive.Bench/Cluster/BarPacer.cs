using Akka.Actor;
using Hive.Actors.Protocol;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.TestSupport;

namespace Hive.Bench.Cluster;

/// <summary>Pushes a new minute bar of <see cref="Btc"/> to the venue every <see cref="BarEvery"/> until disposed, with volume
/// enough for every order (market orders fill at the next bar's open).</summary>
internal sealed class BarPacer : IDisposable
{
    public static readonly InstrumentId Btc = InstrumentId.Parse("SIMX:BTC-USDT");
    public static readonly TimeSpan BarEvery = TimeSpan.FromMilliseconds(2);
    private static readonly DateTime Start = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TestNode _node;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _minute;

    public BarPacer(TestNode node)
    {
        _node = node;
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var bar = new ApplyBar(NextBar());
                _node.Gateway.RegionFor(bar).Tell(bar, ActorRefs.NoSender);
                await Task.Delay(BarEvery);
            }
        });
    }

    public Task NextAsync() => _node.Gateway.Ask(new ApplyBar(NextBar()), TimeSpan.FromSeconds(30));

    private Bar NextBar() => new(Btc, Start.AddMinutes(Interlocked.Increment(ref _minute)), BarInterval.OneMinute, 100m, 101m, 99m, 100m, 1e12m);

    public void Dispose()
    {
        _stop.Cancel();
        try { _loop.Wait(); } catch (AggregateException) { }
    }
}
