namespace Hive.Indicators.Internal;

/// <summary>MOM, ROC, ROCP, ROCR, ROCR100: today against the value <c>period</c> bars ago.</summary>
internal sealed class ChangeCore(int period, ChangeKind kind) : Core(period)
{
    private readonly int _period = period;

    private readonly Ring _window = new(period + 1);

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        if (index < _period) return;
        var prev = _window.Ago(_period);
        Value = kind switch
        {
            ChangeKind.Momentum => x - prev,
            ChangeKind.Percent => prev != 0.0 ? ((x / prev) - 1.0) * 100.0 : 0.0,
            ChangeKind.Fraction => prev != 0.0 ? (x - prev) / prev : 0.0,
            ChangeKind.Ratio => prev != 0.0 ? x / prev : 0.0,
            _ => prev != 0.0 ? (x / prev) * 100.0 : 0.0,
        };
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0 || input.Length <= _period)
        {
            base.Run(input, output);
            return;
        }
        output[.._period].Fill(double.NaN);
        for (var i = _period; i < input.Length; i++)
        {
            var x = input[i];
            var prev = input[i - _period];
            output[i] = kind switch
            {
                ChangeKind.Momentum => x - prev,
                ChangeKind.Percent => prev != 0.0 ? ((x / prev) - 1.0) * 100.0 : 0.0,
                ChangeKind.Fraction => prev != 0.0 ? (x - prev) / prev : 0.0,
                ChangeKind.Ratio => prev != 0.0 ? x / prev : 0.0,
                _ => prev != 0.0 ? (x / prev) * 100.0 : 0.0,
            };
        }
    }

    protected override void Clear() => _window.Clear();
}

internal enum ChangeKind
{
    Momentum,
    Percent,
    Fraction,
    Ratio,
    Ratio100,
}

/// <summary>
/// Wilder-smoothed average gain and loss as TA-Lib's RSI keeps them (simple averages over the first
/// <c>period</c> changes, then <c>(prev * (period-1) + today) / period</c>). CMO uses the same state.
/// </summary>
internal sealed class RsiCore(int period, bool cmo) : Core(period)
{
    private readonly int _period = period;

    private double _prevValue, _gain, _loss;

    protected override void Step(double x, long index)
    {
        if (index == 0)
        {
            _prevValue = x;
            return;
        }
        var diff = x - _prevValue;
        _prevValue = x;
        if (index <= _period)
        {
            if (diff < 0) _loss -= diff;
            else _gain += diff;
            if (index < _period) return;
            _loss /= _period;
            _gain /= _period;
        }
        else
        {
            _loss *= _period - 1;
            _gain *= _period - 1;
            if (diff < 0) _loss -= diff;
            else _gain += diff;
            _loss /= _period;
            _gain /= _period;
        }
        Value = Oscillator(_gain, _loss);
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0 || input.Length <= _period)
        {
            base.Run(input, output);
            return;
        }
        output[.._period].Fill(double.NaN);
        double gain = 0, loss = 0;
        var prev = input[0];
        for (var i = 1; i <= _period; i++)
        {
            var diff = input[i] - prev;
            prev = input[i];
            if (diff < 0) loss -= diff;
            else gain += diff;
        }
        loss /= _period;
        gain /= _period;
        output[_period] = Oscillator(gain, loss);
        for (var i = _period + 1; i < input.Length; i++)
        {
            var diff = input[i] - prev;
            prev = input[i];
            loss *= _period - 1;
            gain *= _period - 1;
            if (diff < 0) loss -= diff;
            else gain += diff;
            loss /= _period;
            gain /= _period;
            output[i] = Oscillator(gain, loss);
        }
    }

    private double Oscillator(double gain, double loss)
    {
        var sum = gain + loss;
        return Numerics.IsZero(sum) ? 0.0 : cmo ? 100.0 * ((gain - loss) / sum) : 100.0 * (gain / sum);
    }

    protected override void Clear() => _prevValue = _gain = _loss = 0;
}

/// <summary>TRIX: one-bar rate of change (in percent) of a triple EMA.</summary>
internal sealed class TrixCore(int period) : Core((3 * (period - 1)) + 1)
{
    private readonly EmaChain _chain = new(3, period, 2.0 / (period + 1));
    private readonly ChangeCore _roc = new(1, ChangeKind.Percent);

    protected override void Step(double x, long index)
    {
        if (!_chain.Add(x)) return;
        _roc.Add(_chain[2].Value);
        if (_roc.Ready) Value = _roc.Value;
    }

    protected override void Clear()
    {
        _chain.Reset();
        _roc.Reset();
    }
}

/// <summary>APO and PPO (TA-Lib's TA_INT_PO): both averages start on the first bar; unlike MACD nothing is seeded late.</summary>
internal sealed class PriceOscillatorCore : Core
{
    private readonly Core _fast;
    private readonly Core _slow;
    private readonly bool _percent;

    public PriceOscillatorCore(int fastPeriod, int slowPeriod, MaType type, bool percent)
        : base(MovingAverage.Lookback(type, Math.Max(fastPeriod, slowPeriod)))
    {
        if (slowPeriod < fastPeriod) (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
        _slow = MovingAverage.Create(type, slowPeriod);
        _fast = MovingAverage.Create(type, fastPeriod);
        _percent = percent;
    }

    protected override void Step(double x, long index)
    {
        _fast.Add(x);
        _slow.Add(x);
        if (!_slow.Ready) return;
        var slow = _slow.Value;
        Value = !_percent ? _fast.Value - slow : !Numerics.IsZero(slow) ? ((_fast.Value - slow) / slow) * 100.0 : 0.0;
    }

    protected override void Clear()
    {
        _fast.Reset();
        _slow.Reset();
    }
}

/// <summary>MACD, MACDEXT and MACDFIX: fast minus slow average, a signal average of that, and their difference.</summary>
internal sealed class MacdEngine
{
    private readonly Core _fast;
    private readonly Core _slow;
    private readonly Core _signal;

    public MacdEngine(Core fast, Core slow, Core signal)
    {
        var largest = Math.Max(fast.Lookback, slow.Lookback);
        _fast = new DelayedCore(fast, largest - fast.Lookback);
        _slow = new DelayedCore(slow, largest - slow.Lookback);
        _signal = signal;
        Lookback = largest + signal.Lookback;
    }

    public int Lookback { get; }

    public double Macd { get; private set; }

    public double Signal => _signal.Value;

    /// <summary>
    /// Batch form over fresh state: each average runs over its whole array (same arithmetic as <see cref="Add"/>),
    /// the slow average borrowing the signal buffer. Values before <see cref="Lookback"/> are NaN.
    /// </summary>
    public void Run(ReadOnlySpan<double> input, Span<double> macd, Span<double> signal, Span<double> hist)
    {
        var n = input.Length;
        var start = _slow.Lookback;
        _fast.Run(input, macd);
        _slow.Run(input, signal);
        for (var i = start; i < n; i++) macd[i] -= signal[i];
        if (n > start) _signal.Run(macd[start..n], signal[start..n]);
        var first = Math.Min(Lookback, n);
        macd[..first].Fill(double.NaN);
        signal[..first].Fill(double.NaN);
        hist[..first].Fill(double.NaN);
        for (var i = first; i < n; i++) hist[i] = macd[i] - signal[i];
    }

    public bool Add(double x)
    {
        _fast.Add(x);
        _slow.Add(x);
        if (!_slow.Ready) return false;
        Macd = _fast.Value - _slow.Value;
        _signal.Add(Macd);
        return _signal.Ready;
    }

    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
    }
}

/// <summary>Fast %K: where the close sits in the high-low range of the last <c>period</c> bars, in percent.</summary>
internal sealed class FastK(int period)
{
    private readonly WindowExtreme _highest = new(period, true, false);
    private readonly WindowExtreme _lowest = new(period, false, false);

    public bool Add(double high, double low, double close, out double k)
    {
        _highest.Add(high);
        _lowest.Add(low);
        k = 0;
        if (!_highest.Full) return false;
        var diff = (_highest.Value - _lowest.Value) / 100.0;
        k = diff != 0.0 ? (close - _lowest.Value) / diff : 0.0;
        return true;
    }

    public void Reset()
    {
        _highest.Reset();
        _lowest.Reset();
    }
}
