using Hive.Data.Samples;
using Microsoft.Extensions.Hosting;

namespace Hive.Cluster.Node;

/// <summary>Imports the bundled sample data (S&amp;P 500 daily, monthly stocks, synthetic crypto and
/// forex) into DATA_DIR/lake in the background on first start; a re-run finds it there and writes
/// nothing. Its progress is shown on the dashboard and at /api/data/status.</summary>
public sealed class SampleDataImporter(string lakePath, bool enabled, ILogger<SampleDataImporter> log) : BackgroundService
{
    public string Status { get; private set; } = enabled ? "pending" : "disabled";

    public string LakePath => lakePath;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled) return;
        Status = "importing";
        try
        {
            var results = await SampleData.EnsureImportedAsync(lakePath, cancellationToken: stoppingToken);
            Status = $"ready: {results.Count} sample series in {lakePath}";
        }
        catch (OperationCanceledException)
        {
            Status = "cancelled";
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or InvalidOperationException)
        {
            Status = $"failed: {e.Message}";
            log.LogError(e, "sample data import into {Lake} failed", lakePath);
        }
    }
}
