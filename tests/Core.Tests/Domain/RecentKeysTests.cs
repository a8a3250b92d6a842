using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Hive.Core.Domain;

namespace Hive.Core.Tests.Domain;

/// <summary>The bounded idempotency window the account uses for closed holds and transfer ids.</summary>
public class RecentKeysTests
{
    [Fact]
    public void It_keeps_the_last_N_keys_oldest_first_and_forgets_the_rest()
    {
        var keys = Enumerable.Range(1, 5).Aggregate(RecentKeys<string>.Empty(3), (k, n) => k.Add($"k{n}"));
        Assert.Equal(["k3", "k4", "k5"], keys.Keys);
        Assert.True(keys.Contains("k3"));
        Assert.False(keys.Contains("k2"));
        Assert.Equal(3, keys.Capacity);
    }

    [Fact]
    public void An_empty_window_contains_nothing()
    {
        Assert.False(RecentKeys<int>.Empty(10).Contains(0));
        Assert.Empty(RecentKeys<int>.Empty(10).Keys);
    }

    [Fact]
    public void Adding_returns_a_new_window_and_leaves_the_old_one_as_it_was()
    {
        var before = RecentKeys<int>.Empty(2).Add(1).Add(2);
        var after = before.Add(3);
        Assert.Equal([1, 2], before.Keys);
        Assert.Equal([2, 3], after.Keys);
    }

    [Property(MaxTest = 300)]
    public Property The_window_is_always_the_last_capacity_keys_added(int[] added, PositiveInt capacity)
    {
        var size = capacity.Get % 20 + 1;
        var window = added.Aggregate(RecentKeys<int>.Empty(size), (k, key) => k.Add(key));
        var expected = added.TakeLast(size).ToList();
        return (window.Keys.SequenceEqual(expected) && window.Keys.Count <= size
                && added.Distinct().All(k => window.Contains(k) == expected.Contains(k)))
            .Label($"capacity {size}: window [{string.Join(",", window.Keys)}], expected [{string.Join(",", expected)}]");
    }
}
