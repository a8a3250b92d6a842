namespace Hive.Indicators.Internal;

/// <summary>
/// A one-input, one-output recurrence (a moving average, an oscillator's smoother, ...). The building block
/// the public streaming classes and the composite indicators share, so every composition reuses one
/// implementation of TA-Lib's arithmetic.
/// </summary>
internal abstract class Core
{
    protected Core(int lookback) => Lookback = lookback;

    public int Lookback { get; }

    public long Count { get; private set; }

    public bool Ready => Count > Lookback;

    public double Value { get; protected set; } = double.NaN;

    public void Add(double x)
    {
        Step(x, Count);
        Count++;
    }

    public void Reset()
    {
        Count = 0;
        Value = double.NaN;
        Clear();
    }

    /// <summary>
    /// Batch form: feeds every input and writes each bar's value (NaN before ready). Hot cores override it
    /// with a loop over the arrays doing the very same arithmetic in the same order, so results are identical.
    /// </summary>
    public virtual void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        for (var i = 0; i < input.Length; i++)
        {
            Add(input[i]);
            output[i] = Ready ? Value : double.NaN;
        }
    }

    /// <summary>Processes the value at 0-based position <paramref name="index"/>; sets <see cref="Value"/> once ready.</summary>
    protected abstract void Step(double x, long index);

    protected abstract void Clear();
}

/// <summary>A fixed window of the last values, oldest overwritten first.</summary>
internal sealed class Ring
{
    private readonly double[] _values;
    private int _next;

    public Ring(int capacity) => _values = new double[Math.Max(1, capacity)];

    public int Capacity => _values.Length;

    /// <summary>Stores <paramref name="x"/> and returns the value it displaced (0 while filling).</summary>
    public double Push(double x)
    {
        var old = _values[_next];
        _values[_next] = x;
        _next = _next + 1 == _values.Length ? 0 : _next + 1;
        return old;
    }

    /// <summary>The value pushed <paramref name="back"/> pushes ago (0 = the latest).</summary>
    public double Ago(int back)
    {
        var i = _next - 1 - back;
        if (i < 0) i += _values.Length;
        return _values[i];
    }

    public void Clear()
    {
        Array.Clear(_values);
        _next = 0;
    }
}

/// <summary>A pure per-value function (the math transforms).</summary>
internal sealed class TransformCore(Func<double, double> transform) : Core(0)
{
    protected override void Step(double x, long index) => Value = transform(x);

    protected override void Clear() { }
}
