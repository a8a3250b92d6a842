namespace Hive.Core.Algos;

/// <summary>What a parent order sees of the market at one decision point: a completed bar of
/// <see cref="Interval"/> that opened at <see cref="OpenTime"/>, its close and volume. <see cref="Time"/> (the bar's
/// close) is the clock; a child sent now meets the next bar.</summary>
public readonly record struct MarketObservation(DateTime OpenTime, TimeSpan Interval, decimal LastPrice, decimal Volume)
{
    public DateTime Time => OpenTime + Interval;
}
