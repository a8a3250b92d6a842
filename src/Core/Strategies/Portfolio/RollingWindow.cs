namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// The last <see cref="Capacity"/> values in a ring buffer, oldest first, with a running sum. Statistics are in decimal;
/// the standard deviation is the population one (divide by n), its square root taken in double, which is
/// deterministic on every platform .NET runs on.
/// </summary>
public sealed class RollingWindow
{
    private readonly decimal[] _values;
    private int _next;
    private int _count;
    private decimal _sum;

    public RollingWindow(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "window capacity must be at least 1");
        _values = new decimal[capacity];
    }

    public int Capacity => _values.Length;

    public int Count => _count;

    public bool IsFull => _count == _values.Length;

    /// <summary>The i-th value held, 0 being the oldest.</summary>
    public decimal this[int index]
    {
        get
        {
            if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException(nameof(index), index, $"window holds {_count} values");
            return _values[(_next - _count + index + 2 * _values.Length) % _values.Length];
        }
    }

    public decimal Oldest => this[0];

    public decimal Newest => this[_count - 1];

    public decimal Mean => _count == 0 ? 0m : _sum / _count;

    public void Add(decimal value)
    {
        if (_count == _values.Length) _sum -= _values[_next];
        else _count++;
        _values[_next] = value;
        _sum += value;
        _next = (_next + 1) % _values.Length;
    }

    /// <summary>Population standard deviation of the values held (two passes, so no cancellation from a sum of squares).</summary>
    public decimal StandardDeviation()
    {
        if (_count == 0) return 0m;
        var mean = Mean;
        var squares = 0m;
        for (var i = 0; i < _count; i++)
        {
            var d = this[i] - mean;
            squares += d * d;
        }
        return SquareRoot(squares / _count);
    }

    public static decimal SquareRoot(decimal value) => value <= 0m ? 0m : (decimal)Math.Sqrt((double)value);
}
