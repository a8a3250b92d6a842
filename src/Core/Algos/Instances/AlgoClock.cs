namespace Hive.Core.Algos.Instances;

/// <summary>
/// How a parent order in the cluster sees time: it runs on the node's clock (UTC), ticking every <c>tick</c>, not on bars.
/// A tick at <c>now</c> is observed as a bar of the tick's length that closed at <c>now − tick</c>, so the parent's rule
/// "a slice is due once its time falls before the next bar's close" sends a slice at the first tick after its time, never
/// before it (the scheduling lag is below one tick). The window's end is held for <c>endGrace</c> after it, because a
/// market child in the cluster fills only at the venue's next bar: the last slice gets that long before what is left is
/// withdrawn. A tick has no volume (no cap by bar volume), the last price is the venue's.
/// </summary>
public static class AlgoClock
{
    public static MarketObservation Observe(ExecutionParameters parameters, DateTime utcNow, TimeSpan tick, TimeSpan endGrace, decimal lastPrice)
    {
        var close = utcNow - tick;
        if (close > parameters.End && utcNow < parameters.End + endGrace) close = parameters.End;
        return new MarketObservation(close - tick, tick, lastPrice, 0m);
    }

    /// <summary>A venue bar heard at <paramref name="utcNow"/>: the tick's observation then, with the bar's close and volume. The
    /// venue's bars carry the times of the data it replays, not the node's, so the parent places them at the moment it heard them:
    /// a bar counts towards the window (POV's volume since start) when it is heard inside it.</summary>
    public static MarketObservation ObserveBar(ExecutionParameters parameters, DateTime utcNow, TimeSpan tick, TimeSpan endGrace, decimal close, decimal volume) =>
        Observe(parameters, utcNow, tick, endGrace, close) with { Volume = volume };
}
