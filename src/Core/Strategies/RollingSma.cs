namespace Hive.Core.Strategies;

/// <summary>A simple moving average kept incrementally: O(1) per value with a ring buffer and a running
/// sum, in decimal so signals are exact and reproducible.</summary>
public sealed class RollingSma
{
    private readonly decimal[] _window;
    private int _next;
    private int _count;
    private decimal _sum;

    public RollingSma(int period)
    {
        if (period < 1) throw new ArgumentOutOfRangeException(nameof(period), period, "SMA period must be at least 1");
        _window = new decimal[period];
    }

    public int Period => _window.Length;

    public bool IsReady => _count == _window.Length;

    /// <summary>The sum of the last <see cref="Period"/> values (exact; comparing sums avoids a division per bar).</summary>
    public decimal Sum => _sum;

    /// <summary>The mean of the last <see cref="Period"/> values; meaningful once <see cref="IsReady"/>.</summary>
    public decimal Value => _count == 0 ? 0m : _sum / _count;

    public void Add(decimal value)
    {
        if (_count == _window.Length) _sum -= _window[_next];
        else _count++;
        _window[_next] = value;
        _sum += value;
        _next = (_next + 1) % _window.Length;
    }
}
