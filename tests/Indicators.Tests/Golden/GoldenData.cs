using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Hive.Indicators.Io;
using Hive.Indicators.Registry;

namespace Hive.Indicators.Tests.Golden;

/// <summary>
/// TA-Lib's reference outputs, extracted once per test run into a temporary folder, and the S&amp;P 500 series
/// they were computed on (with MAVP's periods column, <c>5 + i % 20</c>).
/// </summary>
public static class GoldenData
{
    public static readonly string[] Variants = ["default", "alt"];

    private static readonly Lazy<string> Root = new(Extract);
    private static readonly Lazy<BarFile> Bars = new(LoadBars);
    private static readonly Lazy<Dictionary<string, IReadOnlyDictionary<string, GoldenFunction>>> Manifests = new(LoadManifests);

    public static BarFile Sample => Bars.Value;

    public static IReadOnlyDictionary<string, GoldenFunction> Manifest(string variant) => Manifests.Value[variant];

    public static string Directory(string variant) => Path.Combine(Root.Value, variant);

    /// <summary>The golden CSV of one function: per output column, the values (NaN for empty cells).</summary>
    public static double[][] Outputs(string variant, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory(variant), name + ".csv"));
        var columns = lines[0].Split(',').Length - 1;
        var values = new double[columns][];
        for (var c = 0; c < columns; c++) values[c] = new double[lines.Length - 1];
        for (var r = 1; r < lines.Length; r++)
        {
            var cells = lines[r].Split(',');
            for (var c = 0; c < columns; c++)
                values[c][r - 1] = Parse(cells[c + 1]);
        }
        return values;
    }

    /// <summary>Reads a golden cell: empty (lookback) and C's <c>nan</c> are NaN, <c>inf</c>/<c>-inf</c> are infinities.</summary>
    private static double Parse(string cell) => cell switch
    {
        "" or "nan" or "-nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(cell, CultureInfo.InvariantCulture),
    };

    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    private static string Extract()
    {
        var root = Path.Combine(Path.GetTempPath(), "hive-indicators-golden-" + Environment.ProcessId);
        foreach (var variant in Variants)
        {
            var target = Path.Combine(root, variant);
            if (System.IO.Directory.Exists(target)) System.IO.Directory.Delete(target, true);
            System.IO.Directory.CreateDirectory(root);
            using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "golden", variant + ".tar.gz"));
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            TarFile.ExtractToDirectory(gzip, root, overwriteFiles: true);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { System.IO.Directory.Delete(root, true); } catch (IOException) { }
        };
        return root;
    }

    private static BarFile LoadBars()
    {
        var file = BarCsv.ReadFile(DataFile("sp500-daily.csv"));
        var periods = Enumerable.Range(0, file.Series.Length).Select(i => 5.0 + (i % 20)).ToArray();
        return file with { Series = file.Series with { Extra = new Dictionary<string, double[]> { ["periods"] = periods } } };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, GoldenFunction>> LoadManifests()
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, GoldenFunction>>();
        foreach (var variant in Variants)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory(variant), "manifest.json")));
            var functions = new Dictionary<string, GoldenFunction>();
            foreach (var f in doc.RootElement.GetProperty("functions").EnumerateArray())
            {
                var parameters = f.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
                var outputs = f.GetProperty("outputs").EnumerateArray()
                    .Select(o => (o.GetProperty("name").GetString()!, o.GetProperty("type").GetString() == "integer")).ToArray();
                var name = f.GetProperty("name").GetString()!;
                functions[name] = new GoldenFunction(name, f.GetProperty("group").GetString()!, parameters, outputs, f.GetProperty("lookback").GetInt32());
            }
            result[variant] = functions;
        }
        return result;
    }
}
