using Hive.Data.Lake;
using Hive.Data.Samples;
using Hive.Data.Storage;

namespace Hive.Data.Tests;

/// <summary>One lake with the whole sample data set, shared by the tests of a class (import takes a second).</summary>
public sealed class SampleDataFixture : IAsyncLifetime
{
    public TempFolder Folder { get; } = new();
    public MarketDataLake Lake { get; private set; } = null!;
    public IReadOnlyList<SampleImportResult> FirstRun { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Lake = new MarketDataLake(new LocalObjectStore(Folder.Path));
        FirstRun = await SampleData.EnsureImportedAsync(Lake);
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }
}
