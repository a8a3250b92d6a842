namespace Hive.Data.Import;

/// <summary>What a reader produced before validation: parsed rows as columns with their input line numbers,
/// rows that could not even be parsed, and a way to recover a row's original text for the quarantine file.</summary>
public sealed class RawBarRows
{
    private readonly Func<int, string> _rawText;

    public RawBarRows(long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume, long[] lines, int count,
        IReadOnlyList<RejectedRow> unparsable, string header, Func<int, string> rawText)
    {
        Times = times; Open = open; High = high; Low = low; Close = close; Volume = volume; Lines = lines;
        Count = count;
        Unparsable = unparsable;
        Header = header;
        _rawText = rawText;
    }

    public long[] Times { get; }
    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public double[] Volume { get; }
    public long[] Lines { get; }
    public int Count { get; }
    public IReadOnlyList<RejectedRow> Unparsable { get; }

    /// <summary>The input's header line, written at the top of the quarantine file's raw column description.</summary>
    public string Header { get; }

    public string RawText(int row) => _rawText(row);

    /// <summary>Growable column buffers for readers.</summary>
    internal sealed class Builder(int capacity)
    {
        public long[] Times = new long[Math.Max(16, capacity)];
        public double[] Open = new double[Math.Max(16, capacity)];
        public double[] High = new double[Math.Max(16, capacity)];
        public double[] Low = new double[Math.Max(16, capacity)];
        public double[] Close = new double[Math.Max(16, capacity)];
        public double[] Volume = new double[Math.Max(16, capacity)];
        public long[] Lines = new long[Math.Max(16, capacity)];
        public int Count;
        public readonly List<RejectedRow> Unparsable = [];

        public void Add(long time, double open, double high, double low, double close, double volume, long line)
        {
            if (Count == Times.Length) Grow();
            Times[Count] = time; Open[Count] = open; High[Count] = high; Low[Count] = low; Close[Count] = close; Volume[Count] = volume;
            Lines[Count] = line;
            Count++;
        }

        public RawBarRows Build(string header, Func<int, string> rawText) =>
            new(Times, Open, High, Low, Close, Volume, Lines, Count, Unparsable, header, rawText);

        private void Grow()
        {
            var size = Times.Length * 2;
            Array.Resize(ref Times, size); Array.Resize(ref Open, size); Array.Resize(ref High, size); Array.Resize(ref Low, size);
            Array.Resize(ref Close, size); Array.Resize(ref Volume, size); Array.Resize(ref Lines, size);
        }
    }
}
