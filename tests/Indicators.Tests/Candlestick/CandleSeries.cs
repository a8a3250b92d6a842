using Hive.Indicators.Candlestick;

namespace Hive.Indicators.Tests.Candlestick;

/// <summary>A small hand-built OHLC series for pattern tests, with helpers to run a pattern over it both ways.</summary>
internal sealed class CandleSeries
{
    private readonly List<(double Open, double High, double Low, double Close)> _bars = [];

    public int Count => _bars.Count;

    public CandleSeries Add(double open, double high, double low, double close)
    {
        _bars.Add((open, high, low, close));
        return this;
    }

    /// <summary>Adds <paramref name="count"/> identical quiet white bars (body 1, range 2) as context for the averages.</summary>
    public CandleSeries AddQuiet(int count, double level = 100)
    {
        for (var i = 0; i < count; i++)
            Add(level, level + 1.5, level - 0.5, level + 1);
        return this;
    }

    /// <summary>Runs the named pattern in batch form and checks the stream agrees bar by bar; returns the batch output.</summary>
    public int[] Run(string name, double? penetration = null)
    {
        var function = CandlestickCatalog.Find(name) ?? throw new ArgumentException($"No pattern {name}.");
        var p = penetration ?? function.DefaultPenetration ?? 0;
        var open = _bars.Select(b => b.Open).ToArray();
        var high = _bars.Select(b => b.High).ToArray();
        var low = _bars.Select(b => b.Low).ToArray();
        var close = _bars.Select(b => b.Close).ToArray();
        var output = new int[Count];
        var first = function.Compute(open, high, low, close, output, p);

        var stream = function.CreateStream(p);
        for (var i = 0; i < Count; i++)
        {
            var ready = stream.Update(new Ohlcv(open[i], high[i], low[i], close[i], 0));
            Assert.Equal(i >= first, ready);
            if (ready)
                Assert.Equal(output[i], stream[0]);
        }

        return output;
    }
}
