namespace Hive.Indicators.Internal;

/// <summary>The price inputs of one batch call; fields a function does not use are left empty and read as 0.</summary>
internal readonly ref struct BarInputs
{
    private readonly ReadOnlySpan<double> _open;
    private readonly ReadOnlySpan<double> _high;
    private readonly ReadOnlySpan<double> _low;
    private readonly ReadOnlySpan<double> _close;
    private readonly ReadOnlySpan<double> _volume;

    private BarInputs(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, int length)
    {
        _open = open;
        _high = high;
        _low = low;
        _close = close;
        _volume = volume;
        Length = length;
    }

    public int Length { get; }

    public Ohlcv this[int i] => new(
        _open.IsEmpty ? 0 : _open[i],
        _high.IsEmpty ? 0 : _high[i],
        _low.IsEmpty ? 0 : _low[i],
        _close.IsEmpty ? 0 : _close[i],
        _volume.IsEmpty ? 0 : _volume[i]);

    public static BarInputs HighLow(ReadOnlySpan<double> high, ReadOnlySpan<double> low) =>
        Create(default, high, low, default, default, "inHigh");

    public static BarInputs HighLowClose(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close) =>
        Create(default, high, low, close, default, "inHigh");

    public static BarInputs HighLowCloseVolume(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume) =>
        Create(default, high, low, close, volume, "inHigh");

    public static BarInputs OpenHighLowClose(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close) =>
        Create(open, high, low, close, default, "inOpen");

    public static BarInputs OpenClose(ReadOnlySpan<double> open, ReadOnlySpan<double> close) =>
        Create(open, default, default, close, default, "inOpen");

    public static BarInputs CloseVolume(ReadOnlySpan<double> close, ReadOnlySpan<double> volume) =>
        Create(default, default, default, close, volume, "inReal");

    private static BarInputs Create(ReadOnlySpan<double> open, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume, string first)
    {
        var length = first switch
        {
            "inOpen" => open.Length,
            "inHigh" => high.Length,
            _ => close.Length,
        };
        if (!open.IsEmpty || first == "inOpen") Guard.Input(open, "inOpen", length);
        if (!high.IsEmpty || first == "inHigh") Guard.Input(high, "inHigh", length);
        if (!low.IsEmpty) Guard.Input(low, "inLow", length);
        if (!close.IsEmpty) Guard.Input(close, first == "inReal" ? "inReal" : "inClose", length);
        if (!volume.IsEmpty) Guard.Input(volume, "inVolume", length);
        return new BarInputs(open, high, low, close, volume, length);
    }
}
