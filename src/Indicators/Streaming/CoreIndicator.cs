using Hive.Indicators.Internal;

namespace Hive.Indicators.Streaming;

/// <summary>A one-input, one-output streaming indicator backed by one of the shared recurrences.</summary>
public abstract class CoreIndicator : RealStreamingIndicator
{
    private readonly Core _core;

    private protected CoreIndicator(Core core, PriceField source)
        : base(core.Lookback, 1, source)
    {
        _core = core;
    }

    protected override void OnValue(double value)
    {
        _core.Add(value);
        if (_core.Ready) Set(_core.Value);
    }

    protected override void OnReset() => _core.Reset();

    /// <summary>Runs the whole series through the core in one loop (the batch path); the stream is spent afterwards.</summary>
    internal void RunBatch(ReadOnlySpan<double> input, Span<double> output) => _core.Run(input, output);
}
