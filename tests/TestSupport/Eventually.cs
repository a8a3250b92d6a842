namespace Hive.TestSupport;

/// <summary>Polls an asynchronous condition until it holds or the time is up, then fails with <c>because</c>:
/// the cluster's steps are asynchronous, so specs wait for an outcome instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string because, TimeSpan? within = null, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
        Xunit.Assert.Fail(because);
    }
}
