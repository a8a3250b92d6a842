namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// The two ways to trade a price band (Bollinger, Keltner), evaluated on a bar's close; null means no change.
/// Reversion fades a close outside the band and closes at the middle; breakout follows a close outside the band and
/// closes when price falls back through the middle.
/// </summary>
public static class BandRules
{
    public static PositionTarget? Reversion(double close, double upper, double middle, double lower, decimal position, bool allowShort) =>
        close < lower ? PositionTarget.Long
        : close > upper && allowShort ? PositionTarget.Short
        : position > 0m && close >= middle ? PositionTarget.Flat
        : position < 0m && close <= middle ? PositionTarget.Flat
        : null;

    public static PositionTarget? Breakout(double close, double upper, double middle, double lower, decimal position, bool allowShort) =>
        close > upper ? PositionTarget.Long
        : close < lower && allowShort ? PositionTarget.Short
        : position > 0m && close < middle ? PositionTarget.Flat
        : position < 0m && close > middle ? PositionTarget.Flat
        : null;
}
