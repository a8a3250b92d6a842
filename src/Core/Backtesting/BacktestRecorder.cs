using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Backtesting;

/// <summary>
/// Watches a run: keeps each instrument's last close, and at each bar time records equity (cash plus positions
/// marked at their last close). Cash and positions are re-read only when the host's account changes (it is an
/// immutable record, so a reference check is enough), which keeps the per-bar cost to a few decimal operations.
/// <see cref="Finish"/> builds the <see cref="BacktestResult"/>.
/// </summary>
internal sealed class BacktestRecorder
{
    private readonly BacktestFeed[] _feeds;
    private readonly string _currency;
    private readonly decimal _initialCash;
    private readonly decimal[] _lastClose;
    private readonly decimal[] _positions;
    private readonly Dictionary<InstrumentId, int> _index = new();
    private readonly List<DateTime> _times;
    private readonly List<decimal> _equity;
    private AccountState? _account;
    private decimal _cash;
    private bool _exposed;
    private int _exposedPoints;

    public BacktestRecorder(BacktestFeed[] feeds, string currency, decimal initialCash)
    {
        _feeds = feeds;
        _currency = currency;
        _initialCash = initialCash;
        _lastClose = new decimal[feeds.Length];
        _positions = new decimal[feeds.Length];
        for (var f = 0; f < feeds.Length; f++) _index[feeds[f].Instrument.Id] = f;
        var points = feeds.Max(f => f.Bars.Count);
        _times = new List<DateTime>(points);
        _equity = new List<decimal>(points);
    }

    public void OnBar(int feed, decimal close) => _lastClose[feed] = close;

    public void Record(PaperTradingHost host, DateTime time)
    {
        if (!ReferenceEquals(host.Account, _account)) Refresh(host.Account);
        var equity = _cash;
        if (_exposed)
            for (var f = 0; f < _positions.Length; f++)
                if (_positions[f] != 0m) equity += _positions[f] * _lastClose[f];
        if (_exposed) _exposedPoints++;
        _times.Add(time);
        _equity.Add(equity);
    }

    private void Refresh(AccountState account)
    {
        _account = account;
        _cash = account.CashIn(_currency);
        _exposed = false;
        Array.Clear(_positions);
        foreach (var position in account.Positions.Values)
        {
            if (position.Quantity == 0m || !_index.TryGetValue(position.InstrumentId, out var f)) continue;
            _positions[f] = position.Quantity;
            _exposed = true;
        }
    }

    public BacktestResult Finish(PaperTradingHost host, string strategy, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyList<string> instruments, BacktestSettings settings)
    {
        var start = _feeds.Where(f => f.Bars.Count > 0).Min(f => f.Bars.TimeAt(0));
        // The period is named by its bars, first to last (the equity curve's times are bar closes, a bar later).
        var end = _feeds.Where(f => f.Bars.Count > 0).Max(f => f.Bars.TimeAt(f.Bars.Count - 1));
        var marks = new Dictionary<InstrumentId, decimal>();
        for (var f = 0; f < _feeds.Length; f++)
            if (_feeds[f].Bars.Count > 0) marks[_feeds[f].Instrument.Id] = _lastClose[f];

        var fills = host.Fills;
        var trades = RoundTripBuilder.Build(fills, marks);
        decimal notional = 0m, fees = 0m;
        foreach (var fill in fills)
        {
            notional += fill.Quantity * fill.Price;
            fees += fill.Fee;
        }
        var benchmark = BenchmarkCurve(settings.Benchmark ?? _feeds.First(f => f.Instrument.Id.ToString() == instruments[0]).Bars);
        var barsPerYear = settings.BarsPerYear ?? AnnualisationFactor(_feeds[0].Bars.Interval, _feeds[0].Instrument.AssetClass);
        var metrics = BacktestMetricsCalculator.Compute(_initialCash, start, _times, _equity, benchmark, trades, notional, _exposedPoints, fees, barsPerYear);

        var curve = new EquityCurve(_initialCash, _times, _equity, benchmark);
        var fillRecords = settings.RecordFills
            ? fills.Select(f => new FillRecord(f.ExecutedAt, f.InstrumentId.ToString(), f.Side == OrderSide.Buy ? "buy" : "sell", f.Quantity, f.Price,
                f.Fee, f.Liquidity == LiquiditySide.Maker ? "maker" : "taker", f.ClientOrderId.ToString(), f.TradeId.ToString())).ToList()
            : [];
        var bars = _feeds.Sum(f => (long)f.Bars.Count);
        return new BacktestResult(strategy, new SortedDictionary<string, string>(parameters.ToDictionary(), StringComparer.Ordinal), instruments, _currency,
            _initialCash, start, end, bars, settings.Describe(_currency), metrics, curve, trades, fillRecords,
            BacktestMetricsCalculator.Monthly(_initialCash, _times, _equity))
        {
            Denials = new SortedDictionary<string, int>(host.Orders.Where(o => o.Status == OrderStatus.Denied)
                .GroupBy(o => o.RejectionCode ?? "unknown", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal),
            RollingVar = Risk.RollingVar.Of(_times, _equity, _initialCash, RollingVarConfidence),
        };
    }

    /// <summary>The confidence of the report's rolling VaR.</summary>
    public const double RollingVarConfidence = 0.95;

    /// <summary>The benchmark bought at its first open at or after the start, scaled to the initial cash, read at each
    /// equity time as of the last benchmark bar closed by then (the initial cash before the first one closes).</summary>
    private decimal[]? BenchmarkCurve(BarSeries series)
    {
        if (series.Count == 0 || _times.Count == 0) return null;
        var first = series.LowerBound(BarSeries.ToUnixMs(_feeds.Where(f => f.Bars.Count > 0).Min(f => f.Bars.TimeAt(0))));
        if (first >= series.Count || series.Open[first] <= 0) return null;
        var scale = _initialCash / (decimal)series.Open[first];
        var values = new decimal[_times.Count];
        var j = first - 1;
        for (var k = 0; k < values.Length; k++)
        {
            while (j + 1 < series.Count && CloseTime(series, j + 1) <= _times[k]) j++;
            values[k] = j >= first ? scale * (decimal)series.Close[j] : _initialCash;
        }
        return values;
    }

    private static DateTime CloseTime(BarSeries series, int index) =>
        series.Interval.Unit == BarUnit.Month ? series.TimeAt(index).AddMonths((int)series.Interval.Count)
        : series.Interval.IsTimeBased ? series.TimeAt(index) + series.Interval.ApproximateDuration
        : series.TimeAt(index).AddTicks(1);

    /// <summary>Bars per year: 252 trading days for stocks (6.5 hours each), 365 for crypto (24 hours), 260 for forex (24 hours).</summary>
    public static double AnnualisationFactor(BarInterval interval, AssetClass assetClass)
    {
        var days = assetClass switch { AssetClass.Crypto => 365.0, AssetClass.Forex => 260.0, _ => 252.0 };
        var hoursPerDay = assetClass == AssetClass.Stock ? 6.5 : 24.0;
        return interval.Unit switch
        {
            BarUnit.Minute => days * hoursPerDay * 60 / interval.Count,
            BarUnit.Hour => days * hoursPerDay / interval.Count,
            BarUnit.Day => days / interval.Count,
            BarUnit.Week => 52.0 / interval.Count,
            BarUnit.Month => 12.0 / interval.Count,
            _ => days,
        };
    }
}
