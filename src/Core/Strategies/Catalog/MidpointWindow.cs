using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Catalog;

/// <summary>(Highest high + lowest low) / 2 over the last <see cref="Period"/> bars, in exact decimals: TA-Lib's MIDPRICE,
/// the building block of every Ichimoku line.</summary>
public sealed class MidpointWindow(int period)
{
    private readonly RollingExtreme _high = new(period, highest: true);
    private readonly RollingExtreme _low = new(period, highest: false);

    public int Period => _high.Period;

    public bool IsReady => _high.IsReady;

    public decimal Value => (_high.Value + _low.Value) / 2m;

    public void Add(Bar bar)
    {
        _high.Add(bar.High);
        _low.Add(bar.Low);
    }
}
