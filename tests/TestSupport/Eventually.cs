namespace Hive.TestSupport;

/// <summary>Polls an asynchronous condition until it holds or the time is up, then fails with <c>because</c>:
/// the cluster's steps are asynchronous, so specs wait for an outcome instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static Task HoldsAsync(Func<Task<bool>> condition, string because, TimeSpan? within = null, TimeSpan? every = null) =>
        HoldsAsync(condition, () => because, within, every);

    /// <summary>As above; <paramref name="because"/> is asked when the time is up, so it can say what the condition saw last.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> because, TimeSpan? within = null, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
        Xunit.Assert.Fail(because());
    }
}
