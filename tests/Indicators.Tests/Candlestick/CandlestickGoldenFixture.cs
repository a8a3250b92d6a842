using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Hive.Indicators.Tests.Candlestick;

/// <summary>
/// Unpacks the TA-Lib golden outputs once per test run into a temp folder and loads the S&amp;P 500 input series.
/// Everything comes from inside the repository; nothing is read from outside it.
/// </summary>
public sealed class CandlestickGoldenFixture : IDisposable
{
    private readonly string _folder;
    private readonly Dictionary<string, JsonElement> _manifests = new();

    public CandlestickGoldenFixture()
    {
        var root = FindRepositoryRoot();
        _folder = Path.Combine(Path.GetTempPath(), "hive-candlestick-golden-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        foreach (var set in new[] { "default", "alt" })
        {
            using var file = File.OpenRead(Path.Combine(root, "tests", "Indicators.Tests", "golden", set + ".tar.gz"));
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            TarFile.ExtractToDirectory(gzip, _folder, overwriteFiles: true);
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, set, "manifest.json")));
            foreach (var function in manifest.RootElement.GetProperty("functions").EnumerateArray())
                _manifests[set + "/" + function.GetProperty("name").GetString()] = function.Clone();
        }

        (Open, High, Low, Close) = LoadSeries(Path.Combine(root, "sample-data", "sp500-daily.csv"));
    }

    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }

    /// <summary>Names of the CDL* functions the golden set holds.</summary>
    public IEnumerable<string> PatternNames(string set) =>
        _manifests.Keys.Where(k => k.StartsWith(set + "/CDL", StringComparison.Ordinal)).Select(k => k[(set.Length + 1)..]);

    public JsonElement Manifest(string set, string name) => _manifests[set + "/" + name];

    /// <summary>The golden output column; null where TA-Lib printed an empty cell (inside the lookback).</summary>
    public int?[] Expected(string set, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(_folder, set, name + ".csv"));
        var values = new int?[lines.Length - 1];
        for (var i = 1; i < lines.Length; i++)
        {
            var cell = lines[i][(lines[i].IndexOf(',') + 1)..];
            values[i - 1] = cell.Length == 0 ? null : int.Parse(cell, CultureInfo.InvariantCulture);
        }

        return values;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it would not be.
        }
    }

    private static (double[] Open, double[] High, double[] Low, double[] Close) LoadSeries(string path)
    {
        var lines = File.ReadAllLines(path);
        var n = lines.Length - 1;
        double[] open = new double[n], high = new double[n], low = new double[n], close = new double[n];
        for (var i = 0; i < n; i++)
        {
            var cells = lines[i + 1].Split(',');
            open[i] = double.Parse(cells[1], CultureInfo.InvariantCulture);
            high[i] = double.Parse(cells[2], CultureInfo.InvariantCulture);
            low[i] = double.Parse(cells[3], CultureInfo.InvariantCulture);
            close[i] = double.Parse(cells[4], CultureInfo.InvariantCulture);
        }

        return (open, high, low, close);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No folder containing Cluster.sln above {AppContext.BaseDirectory}.");
    }
}
