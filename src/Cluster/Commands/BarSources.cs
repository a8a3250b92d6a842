using System.CommandLine;
using Hive.Cluster.Commands.Data;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Samples;

namespace Hive.Cluster.Commands;

/// <summary>
/// The bars a <c>--data</c> value names, for <c>hive backtest</c> and <c>hive risk</c>: a CSV file (header
/// date,open,high,low,close,volume, read by the import rules; the instrument is SIM:&lt;file name&gt;) or a lake symbol
/// like SIM:SPX read from the node's lake, SIM:SPX falling back to the bundled S&amp;P 500 daily series.
/// </summary>
internal static class BarSources
{
    /// <param name="refuseBadRows">True: a CSV row the import rules reject is an error naming its line; false: it is dropped.</param>
    public static async Task<BarSeries> ReadAsync(ParseResult parse, LakeOptions lake, BarInterval interval, string source, bool refuseBadRows, CancellationToken cancellationToken)
    {
        if (File.Exists(source))
        {
            var symbol = new string(Path.GetFileNameWithoutExtension(source).ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
            var id = new InstrumentId("SIM", symbol.Length > 0 ? symbol : "DATA");
            try
            {
                var validated = BacktestBars.ValidateCsv(await File.ReadAllBytesAsync(source, cancellationToken), id, interval, AssetClass.Stock);
                if (refuseBadRows && validated.Rejected.Count > 0)
                    throw new ArgumentException($"--data {source}: line {validated.Rejected[0].Line}: {validated.Rejected[0].Reason}" +
                        (validated.Rejected.Count > 1 ? $" ({validated.Rejected.Count} bad rows in all)" : ""));
                var series = validated.Accepted;
                return series.Count > 0 ? series : throw new ArgumentException($"--data {source}: no readable bars (expected a header with date/time, open, high, low, close, volume)");
            }
            catch (Hive.Data.Import.ImportException e)
            {
                throw new ArgumentException($"--data {source}: {e.Message}");
            }
        }
        if (!InstrumentId.TryParse(source, out var instrument, out _))
            throw new FileNotFoundException($"--data '{source}' is neither a readable file nor a lake symbol like SIM:SPX");
        var lakeSeries = Directory.Exists(parse.GetValue(lake.Lake)) || parse.GetValue(lake.Lake)!.StartsWith("s3://", StringComparison.Ordinal)
            ? await lake.OpenLake(parse).ReadBarsAsync(instrument, interval, cancellationToken: cancellationToken)
            : BarSeries.Empty(instrument, interval);
        if (lakeSeries.Count > 0) return lakeSeries;
        // The bundled series needs no lake: a fresh checkout can use SIM:SPX before any node has imported it.
        if (instrument == SampleData.Spx && interval == BarInterval.OneDay) return BacktestBars.Spx();
        throw new ArgumentException($"--data {source}: the lake at {parse.GetValue(lake.Lake)} has no {interval} bars of {instrument} (import them with `hive data import`)");
    }
}
