using Hive.Indicators;
using Hive.Indicators.Io;
using Hive.Indicators.Registry;

namespace Hive.Bench.Indicators;

/// <summary>The S&amp;P 500 daily series tiled to any length (each tile shifted so prices stay continuous).</summary>
public static class IndicatorBenchData
{
    public static PriceSeries Tiled(int bars)
    {
        var sample = BarCsv.ReadFile(FindSample()).Series;
        double[] open = new double[bars], high = new double[bars], low = new double[bars], close = new double[bars], volume = new double[bars];
        var n = sample.Length;
        var scale = 1.0;
        for (var i = 0; i < bars; i++)
        {
            var j = i % n;
            if (j == 0 && i > 0) scale *= sample.Close[n - 1] / sample.Close[0];
            open[i] = sample.Open[j] * scale;
            high[i] = sample.High[j] * scale;
            low[i] = sample.Low[j] * scale;
            close[i] = sample.Close[j] * scale;
            volume[i] = sample.Volume[j];
        }
        var periods = Enumerable.Range(0, bars).Select(i => 5.0 + (i % 20)).ToArray();
        return new PriceSeries(open, high, low, close, volume) { Extra = new Dictionary<string, double[]> { ["periods"] = periods } };
    }

    public static Ohlcv[] Bars(PriceSeries series) => Enumerable.Range(0, series.Length).Select(series.Bar).ToArray();

    private static string FindSample()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Cluster.sln"))) return Path.Combine(dir.FullName, "sample-data", "sp500-daily.csv");
            }
        }
        throw new FileNotFoundException("sample-data/sp500-daily.csv not found: run from inside the repository");
    }
}
