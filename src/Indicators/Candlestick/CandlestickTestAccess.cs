using System.Runtime.CompilerServices;

// The candlestick tests check CandleWindow's rolling averages directly against plain means; the window is internal
// because callers only ever need CandlestickCatalog.
[assembly: InternalsVisibleTo("Hive.Indicators.Tests")]
