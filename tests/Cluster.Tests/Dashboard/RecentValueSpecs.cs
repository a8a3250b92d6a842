using Hive.Cluster.Management;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>The bounded-age value the overview's shard statistics come from: answered as kept while fresh, answered at once and
/// read again once stale, waited for when there is none or it is too old, and read once however many ask together.</summary>
public sealed class RecentValueSpecs
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Stale = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>A read that answers "read N" when the test lets it (one gate per read, in order).</summary>
    private sealed class GatedRead
    {
        private readonly List<TaskCompletionSource> _gates = [];
        private int _started;

        public int Started => Volatile.Read(ref _started);

        public async Task<string> ReadAsync()
        {
            var n = Interlocked.Increment(ref _started);
            await Gate(n).Task;
            return $"read {n}";
        }

        public void Let(int n) => Gate(n).TrySetResult();

        public void Fail(int n) => Gate(n).TrySetException(new TimeoutException("the regions did not answer"));

        private TaskCompletionSource Gate(int n)
        {
            lock (_gates)
            {
                while (_gates.Count < n) _gates.Add(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                return _gates[n - 1];
            }
        }
    }

    [Fact]
    public async Task The_first_callers_wait_for_one_read_and_a_fresh_value_is_answered_without_reading()
    {
        var (clock, read) = (new ManualClock(), new GatedRead());
        var value = new RecentValue<string>(read.ReadAsync, Fresh, Stale, clock);

        var first = value.GetAsync();
        var second = value.GetAsync();
        Assert.False(first.IsCompleted);
        read.Let(1);

        Assert.Equal(["read 1", "read 1"], await Task.WhenAll(first, second).WaitAsync(Patience));
        clock.Now += Fresh / 2;
        Assert.Equal("read 1", await value.GetAsync().WaitAsync(Patience));
        Assert.Equal(1, read.Started);
    }

    [Fact]
    public async Task A_stale_value_is_answered_at_once_while_one_read_replaces_it()
    {
        var (clock, read, value) = await ReadOnceAsync();
        clock.Now += Fresh + TimeSpan.FromSeconds(1);
        var stale = value.GetAsync();
        var again = value.GetAsync();
        Assert.True(stale.IsCompletedSuccessfully && again.IsCompletedSuccessfully, "a stale value was not answered at once");
        Assert.Equal(["read 1", "read 1"], await Task.WhenAll(stale, again));

        read.Let(2);
        await Until(async () => await value.GetAsync() == "read 2");
        Assert.Equal(2, read.Started);
    }

    [Fact]
    public async Task A_value_older_than_stale_is_waited_for_and_a_failed_read_is_tried_again_by_the_next_caller()
    {
        var (clock, read, value) = await ReadOnceAsync();
        clock.Now += Stale;
        var waiting = value.GetAsync();
        Assert.False(waiting.IsCompleted);
        read.Fail(2);
        await Assert.ThrowsAsync<TimeoutException>(() => waiting.WaitAsync(Patience));

        var retried = value.GetAsync();
        read.Let(3);
        Assert.Equal("read 3", await retried.WaitAsync(Patience));
    }

    /// <summary>A value that has been read once ("read 1"), its clock and its read.</summary>
    private static async Task<(ManualClock Clock, GatedRead Read, RecentValue<string> Value)> ReadOnceAsync()
    {
        var (clock, read) = (new ManualClock(), new GatedRead());
        var value = new RecentValue<string>(read.ReadAsync, Fresh, Stale, clock);
        read.Let(1);
        Assert.Equal("read 1", await value.GetAsync().WaitAsync(Patience));
        return (clock, read, value);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the value was not replaced in time");
            await Task.Delay(10);
        }
    }
}
