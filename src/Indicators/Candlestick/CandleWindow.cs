using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hive.Indicators.Candlestick;

/// <summary>
/// The last few bars plus the rolling totals behind a pattern's averages. Offsets count back from the current
/// bar (0 = current, 1 = previous ...), which is how TA-Lib's code reads <c>i</c>, <c>i-1</c>, <c>i-2</c>.
/// </summary>
/// <remarks>
/// Totals follow TA-Lib's schedule exactly: the total for a use at offset k with period p is summed fresh,
/// oldest bar first, over bars [F-k-p, F-k) where F is the first bar TA-Lib evaluates (the lookback, or the
/// start of the warm-up loop for the hikkakes), then rolled after every bar with
/// <c>total += newest - oldest</c>. Summing in any other order would drift in the last bits and flip
/// comparisons that sit on a threshold.
/// </remarks>
internal sealed class CandleWindow
{
    private readonly AverageUse[] _uses;
    private readonly CandleSetting[] _useSettings;
    private readonly int[] _slotOf;
    private readonly int _maxOffset;
    private readonly double[] _totals;
    private readonly int _firstEvaluated;
    private readonly Bar[] _bars;
    private readonly int _mask;
    private long _count;

    public CandleWindow(CandlePattern pattern, CandleSettings settings)
    {
        _uses = pattern.Averages;
        _firstEvaluated = Math.Max(0, pattern.Lookback(settings) - pattern.WarmupBars);
        _useSettings = new CandleSetting[_uses.Length];
        _totals = new double[_uses.Length];
        _maxOffset = 0;
        var deepest = 6;
        for (var u = 0; u < _uses.Length; u++)
        {
            _useSettings[u] = settings[_uses[u].Setting];
            _maxOffset = Math.Max(_maxOffset, _uses[u].Offset);
            deepest = Math.Max(deepest, _uses[u].Offset + _useSettings[u].AveragePeriod + 2);
        }

        var settingCount = Enum.GetValues<CandleSettingType>().Length;
        _slotOf = new int[settingCount * (_maxOffset + 1)];
        Array.Fill(_slotOf, -1);
        for (var u = 0; u < _uses.Length; u++)
            _slotOf[(int)_uses[u].Setting * (_maxOffset + 1) + _uses[u].Offset] = u;

        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(deepest, pattern.ExtraBars + pattern.WarmupBars + 2));
        _bars = new Bar[size];
        _mask = size - 1;
    }

    /// <summary>Memory of stateful patterns.</summary>
    public PatternState State { get; } = new();

    /// <summary>Absolute index of the current bar (0-based); -1 before the first bar.</summary>
    public long BarIndex => _count - 1;

    /// <summary>Adds a bar and advances every rolling total on TA-Lib's schedule.</summary>
    public void Push(double open, double high, double low, double close)
    {
        ref var slot = ref _bars[(int)(_count & _mask)];
        slot.Open = open;
        slot.High = high;
        slot.Low = low;
        slot.Close = close;

        // Each range kind is computed once per bar; every total and own-range average then reads it back.
        var white = close >= open;
        slot.Ranges[(int)CandleRangeType.RealBody] = Math.Abs(close - open);
        slot.Ranges[(int)CandleRangeType.HighLow] = high - low;
        slot.Ranges[(int)CandleRangeType.Shadows] = (high - (white ? close : open)) + ((white ? open : close) - low);
        var bar = _count++;
        for (var u = 0; u < _uses.Length; u++)
        {
            var setting = _useSettings[u];
            if (setting.AveragePeriod == 0)
                continue;
            var k = _uses[u].Offset;
            var candleAtFirstEvaluation = _firstEvaluated - k;
            if (bar < candleAtFirstEvaluation)
            {
                if (bar >= candleAtFirstEvaluation - setting.AveragePeriod)
                    _totals[u] += Range(setting, 0);
            }
            else if (bar > _firstEvaluated)
            {
                _totals[u] += Range(setting, k + 1) - Range(setting, k + 1 + setting.AveragePeriod);
            }
        }
    }

    /// <summary>Forgets every bar and total.</summary>
    public void Clear()
    {
        _count = 0;
        Array.Clear(_totals);
        State.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Bar At(int offset) => ref _bars[(int)((_count - 1 - offset) & _mask)];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Open(int offset) => At(offset).Open;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double High(int offset) => At(offset).High;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Low(int offset) => At(offset).Low;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Close(int offset) => At(offset).Close;

    public double RealBody(int k) => Math.Abs(Close(k) - Open(k));

    public double UpperShadow(int k) => High(k) - (Close(k) >= Open(k) ? Close(k) : Open(k));

    public double LowerShadow(int k) => (Close(k) >= Open(k) ? Open(k) : Close(k)) - Low(k);

    public double HighLowRange(int k) => High(k) - Low(k);

    /// <summary>TA-Lib's candle colour: 1 for white (close &gt;= open), -1 for black.</summary>
    public int Color(int k) => Close(k) >= Open(k) ? 1 : -1;

    public double BodyTop(int k) => Math.Max(Open(k), Close(k));

    public double BodyBottom(int k) => Math.Min(Open(k), Close(k));

    /// <summary>Real body of candle <paramref name="later"/> entirely above that of <paramref name="earlier"/>.</summary>
    public bool RealBodyGapUp(int later, int earlier) => BodyBottom(later) > BodyTop(earlier);

    public bool RealBodyGapDown(int later, int earlier) => BodyTop(later) < BodyBottom(earlier);

    public bool CandleGapUp(int later, int earlier) => Low(later) > High(earlier);

    public bool CandleGapDown(int later, int earlier) => High(later) < Low(earlier);

    /// <summary>TA-Lib's <c>TA_CANDLEAVERAGE</c> of <paramref name="setting"/> for the candle at offset <paramref name="k"/>.</summary>
    public double Avg(CandleSettingType setting, int k)
    {
        var u = (uint)k <= (uint)_maxOffset ? _slotOf[(int)setting * (_maxOffset + 1) + k] : -1;
        if (u < 0)
            throw new InvalidOperationException($"Pattern reads {setting} at offset {k} without declaring it in Averages.");
        var s = _useSettings[u];
        return s.Average(_totals[u], s.AveragePeriod == 0 ? Range(s, k) : 0.0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Range(CandleSetting s, int k) => At(k).Ranges[(int)s.RangeType];

    /// <summary>One bar in the ring, with its three range kinds precomputed.</summary>
    private struct Bar
    {
        public double Open;
        public double High;
        public double Low;
        public double Close;
        public RangeKinds Ranges;
    }

    /// <summary>Real body, high-low and shadows of one bar, indexed by <see cref="CandleRangeType"/>.</summary>
    [InlineArray(3)]
    private struct RangeKinds
    {
        private double _first;
    }
}
