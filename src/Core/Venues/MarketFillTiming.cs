namespace Hive.Core.Venues;

/// <summary>When a <see cref="PaperVenue"/> fills a market order.</summary>
public enum MarketFillTiming
{
    /// <summary>At the open of the first bar that starts after the order (plus latency): no look-ahead.</summary>
    NextBarOpen,
    /// <summary>At once, at the close of the last bar seen (the bar the signal came from); the volume cap uses
    /// that bar's volume. Optimistic, but a common backtest convention.</summary>
    SignalBarClose,
}
