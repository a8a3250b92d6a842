namespace Hive.Indicators.Candlestick;

/// <summary>
/// A pattern reads <paramref name="Setting"/>'s average for the candle <paramref name="Offset"/> bars before the
/// current one. Each use gets its own rolling total, as in TA-Lib, because totals that start summing at different
/// bars accumulate different rounding and the outputs must agree to the bit.
/// </summary>
internal readonly record struct AverageUse(CandleSettingType Setting, int Offset);
