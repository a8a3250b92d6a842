using System.Text;
using System.Text.Json;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;
using Hive.Data.Lake;
using Hive.Data.Samples;
using Hive.TestSupport;

namespace Hive.Cluster.Tests;

/// <summary><c>hive risk stress --positions FILE --lake s3://...</c>: a position without a mark is marked at the last daily close of
/// a lake on a real S3-compatible server (moto), not at the bundled S&amp;P 500's.</summary>
public sealed class RiskStressS3Specs(MotoServerFixture moto) : IClassFixture<MotoServerFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hive-stress-s3-").FullName;

    [Fact]
    public async Task A_position_without_a_mark_is_marked_at_the_s3_lakes_last_close()
    {
        using var store = await moto.NewBucketStoreAsync("lake");
        var csv = Encoding.UTF8.GetBytes("date,open,high,low,close,volume\n2020-01-02,10,12,9,11,100\n2020-01-03,11,13,10,12,200\n");
        var report = await new BarImporter(new MarketDataLake(store)).ImportAsync(csv, "spx.csv", new ImportRequest(SampleData.Spx, AssetClass.Stock, BarInterval.OneDay));
        Assert.Equal(2, report.Written);
        var file = Path.Combine(_folder, "p.csv");
        await File.WriteAllTextAsync(file, "instrument,quantity\nSIM:SPX,10\n");
        var secret = Path.Combine(_folder, "s3.secret");
        await File.WriteAllTextAsync(secret, "testing\n");

        var (exit, stdout, stderr) = await InProcessHive.RunAsync(["risk", "stress", "--positions", file, "--lake", store.Location,
            "--s3-endpoint", moto.Endpoint, "--s3-access-key", "testing", "--s3-secret-key-file", secret, "--shock", "stock:0.5", "--json"]);

        Assert.True(exit == 0, stderr);
        var down = JsonDocument.Parse(stdout).RootElement.GetProperty("scenarios").EnumerateArray()
            .Single(s => s.GetProperty("scenario").GetString() == "shock-down").GetProperty("byCurrency")[0];
        // 10 at 12, the lake's last close: value 120, half of it lost.
        Assert.Equal((120m, -60m), (down.GetProperty("value").GetDecimal(), down.GetProperty("pnl").GetDecimal()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
