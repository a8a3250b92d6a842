namespace Hive.Indicators.Internal;

/// <summary>Passes values through: TA-Lib's MA with a period of 1 copies its input whatever the type.</summary>
internal sealed class IdentityCore() : Core(0)
{
    protected override void Step(double x, long index) => Value = x;

    protected override void Clear() { }
}

/// <summary>TA-Lib's SMA: the running total of <see cref="WindowTotalCore"/> divided by the period.</summary>
internal sealed class SmaCore(int period) : WindowTotalCore(period, period);

/// <summary>TA-Lib's EMA: seeded with the SMA of the first <c>period</c> values, then <c>prev + k (x - prev)</c>.</summary>
internal sealed class EmaCore(int period, double k) : Core(period - 1)
{
    private double _seed;

    public EmaCore(int period) : this(period, 2.0 / (period + 1)) { }

    protected override void Step(double x, long index)
    {
        if (index < period - 1)
        {
            _seed += x;
            return;
        }
        if (index == period - 1)
        {
            Value = (_seed + x) / period;
            return;
        }
        Value = ((x - Value) * k) + Value;
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0 || input.Length < period)
        {
            base.Run(input, output);
            return;
        }
        var seed = 0.0;
        for (var i = 0; i < period - 1; i++)
        {
            seed += input[i];
            output[i] = double.NaN;
        }
        var value = (seed + input[period - 1]) / period;
        output[period - 1] = value;
        for (var i = period; i < input.Length; i++)
        {
            value = ((input[i] - value) * k) + value;
            output[i] = value;
        }
    }

    protected override void Clear() => _seed = 0;
}

/// <summary>TA-Lib's WMA: linear weights kept up to date with a running sum and a running "sub" total.</summary>
internal sealed class WmaCore(int period) : Core(period - 1)
{
    private readonly Ring _window = new(period);
    private readonly double _divider = (period * (period + 1)) >> 1;
    private double _sum;
    private double _sub;
    private double _trailing;

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        if (index < period - 1)
        {
            _sub += x;
            _sum += x * (index + 1);
            return;
        }
        _sub += x;
        _sub -= _trailing;
        _sum += x * period;
        _trailing = _window.Ago(period - 1);
        Value = _sum / _divider;
        _sum -= _sub;
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0 || input.Length < period)
        {
            base.Run(input, output);
            return;
        }
        double sum = 0, sub = 0, trailing = 0;
        for (var i = 0; i < period - 1; i++)
        {
            sub += input[i];
            sum += input[i] * (i + 1);
            output[i] = double.NaN;
        }
        for (var i = period - 1; i < input.Length; i++)
        {
            var x = input[i];
            sub += x;
            sub -= trailing;
            sum += x * period;
            trailing = input[i - period + 1];
            output[i] = sum / _divider;
            sum -= sub;
        }
    }

    protected override void Clear()
    {
        _window.Clear();
        _sum = _sub = _trailing = 0;
    }
}

/// <summary>A chain of EMAs each seeded on the previous one's first outputs (DEMA, TEMA, T3, TRIX).</summary>
internal sealed class EmaChain
{
    private readonly EmaCore[] _stages;

    public EmaChain(int depth, int period, double k)
    {
        _stages = new EmaCore[depth];
        for (var i = 0; i < depth; i++) _stages[i] = new EmaCore(period, k);
    }

    public EmaCore this[int stage] => _stages[stage];

    /// <summary>Feeds <paramref name="x"/> to the first stage and each ready stage's value to the next.</summary>
    public bool Add(double x)
    {
        var value = x;
        foreach (var stage in _stages)
        {
            stage.Add(value);
            if (!stage.Ready) return false;
            value = stage.Value;
        }
        return true;
    }

    public void Reset()
    {
        foreach (var stage in _stages) stage.Reset();
    }
}

internal sealed class DemaCore(int period) : Core(2 * (period - 1))
{
    private readonly EmaChain _chain = new(2, period, 2.0 / (period + 1));

    protected override void Step(double x, long index)
    {
        if (_chain.Add(x)) Value = (2.0 * _chain[0].Value) - _chain[1].Value;
    }

    protected override void Clear() => _chain.Reset();
}

internal sealed class TemaCore(int period) : Core(3 * (period - 1))
{
    private readonly EmaChain _chain = new(3, period, 2.0 / (period + 1));

    protected override void Step(double x, long index)
    {
        if (_chain.Add(x)) Value = (3.0 * _chain[0].Value) - (3.0 * _chain[1].Value) + _chain[2].Value;
    }

    protected override void Clear() => _chain.Reset();
}

/// <summary>Tillson's T3: six chained EMAs combined with coefficients from the volume factor.</summary>
internal sealed class T3Core : Core
{
    private readonly EmaChain _chain;
    private readonly double _c1, _c2, _c3, _c4;

    public T3Core(int period, double vFactor) : base(6 * (period - 1))
    {
        _chain = new EmaChain(6, period, 2.0 / (1.0 + period));
        var b = vFactor;
        var b2 = b * b;
        var b3 = b2 * b;
        _c1 = -b3;
        _c2 = 3.0 * (b2 + b3);
        _c3 = (-6.0 * b2) - (3.0 * b) - (3.0 * b3);
        _c4 = 1.0 + (3.0 * b) + b3 + (3.0 * b2);
    }

    protected override void Step(double x, long index)
    {
        if (_chain.Add(x))
            Value = (_c1 * _chain[5].Value) + (_c2 * _chain[4].Value) + (_c3 * _chain[3].Value) + (_c4 * _chain[2].Value);
    }

    protected override void Clear() => _chain.Reset();
}

/// <summary>TA-Lib's TRIMA: the triangular weights are an SMA of an SMA (equal halves when odd).</summary>
internal sealed class TrimaCore(int period) : Core(period - 1)
{
    private readonly SmaCore _first = new((period >> 1) + (period & 1));
    private readonly SmaCore _second = new((period >> 1) + 1);

    protected override void Step(double x, long index)
    {
        _first.Add(x);
        if (!_first.Ready) return;
        _second.Add(_first.Value);
        if (_second.Ready) Value = _second.Value;
    }

    protected override void Clear()
    {
        _first.Reset();
        _second.Reset();
    }
}

/// <summary>Kaufman's adaptive MA as TA-Lib computes it (including its <c>sumROC1 &lt;= periodROC</c> test).</summary>
internal sealed class KamaCore(int period) : Core(period)
{
    private readonly int _period = period;

    private const double ConstMax = 2.0 / (30.0 + 1.0);
    private const double ConstDiff = (2.0 / (2.0 + 1.0)) - ConstMax;
    private readonly Ring _window = new(period + 2);
    private double _sumRoc;

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        if (index == 0) return;
        if (index > _period) _sumRoc -= Math.Abs(_window.Ago(_period + 1) - _window.Ago(_period));
        _sumRoc += Math.Abs(x - _window.Ago(1));
        if (index < _period) return;
        if (index == _period) Value = _window.Ago(1);
        var periodRoc = x - _window.Ago(_period);
        var ratio = _sumRoc <= periodRoc || Numerics.IsZero(_sumRoc) ? 1.0 : Math.Abs(periodRoc / _sumRoc);
        var sc = (ratio * ConstDiff) + ConstMax;
        sc *= sc;
        Value = ((x - Value) * sc) + Value;
    }

    protected override void Clear()
    {
        _window.Clear();
        _sumRoc = 0;
    }
}
