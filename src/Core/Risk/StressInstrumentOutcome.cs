using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>One position under a scenario: its price's move from today's mark at the end of the window (or the shock), the
/// P&amp;L that move makes, and where the move came from (<c>none</c>: no history covers the window, so it is not moved).</summary>
public sealed record StressInstrumentOutcome(InstrumentId Instrument, string AssetClass, string Currency, decimal Quantity, decimal Mark,
    decimal Move, decimal Pnl, string Source);
