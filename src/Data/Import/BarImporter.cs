using System.Diagnostics;
using System.Text;
using Hive.Data.Lake;

namespace Hive.Data.Import;

/// <summary>Reads a file (CSV, JSON lines or Parquet), validates it, appends the accepted rows to the lake and
/// writes rejected rows to <c>&lt;lake&gt;/_quarantine/VENUE_SYMBOL_INTERVAL/&lt;utc time&gt;-&lt;file&gt;.csv</c>
/// (columns <c>line,reason,raw</c>), so nothing is silently dropped.</summary>
public sealed class BarImporter(MarketDataLake lake)
{
    public const string QuarantineRoot = "_quarantine/";

    public async Task<ImportReport> ImportFileAsync(string path, ImportRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new ImportException($"input file '{path}' does not exist");
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        var format = request.Format ?? FormatOf(path);
        return await ImportAsync(content, Path.GetFileName(path), request with { Format = format }, progress, cancellationToken);
    }

    public async Task<ImportReport> ImportAsync(byte[] content, string sourceName, ImportRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (content.Length == 0) throw new ImportException($"{sourceName} is empty");
        var mapping = request.Mapping ?? ColumnMapping.Default;
        var rows = (request.Format ?? ImportFormat.Csv) switch
        {
            ImportFormat.JsonLines => JsonLinesBarReader.Read(content, mapping, progress),
            ImportFormat.Parquet => await ParquetBarReader.ReadAsync(content, mapping, cancellationToken),
            _ => CsvBarReader.Read(content, mapping, progress),
        };
        var validated = BarImportValidator.Validate(rows, request.Instrument, request.AssetClass, request.Interval, request.Repair);
        var series = request.Series;
        string? quarantineKey = null;
        if (validated.Rejected.Count > 0)
        {
            quarantineKey = $"{QuarantineRoot}{series.Instrument.Venue}_{series.Instrument.Symbol}_{series.Interval}/{DateTime.UtcNow:yyyyMMdd'T'HHmmssfff'Z'}-{Sanitize(Path.GetFileNameWithoutExtension(sourceName))}.csv";
            await lake.Store.WriteAsync(quarantineKey, QuarantineCsv(rows.Header, validated.Rejected), cancellationToken);
        }
        var strictFailure = request.Repair == RepairPolicy.None && validated.Rejected.Count > 0;
        AppendResult append = new(0, 0, []);
        if (!strictFailure && validated.Accepted.Count > 0)
            append = await lake.AppendBarsAsync(series, validated.Accepted, request.Metadata ?? new SeriesMetadata(false, sourceName), cancellationToken);
        return new ImportReport(sourceName, series, validated.Accepted.Count, validated.Repaired, validated.Rejected, validated.Gaps,
            append.RowsWritten, append.RowsAlreadyPresent, !strictFailure, quarantineKey, clock.Elapsed);
    }

    public static ImportFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".json" => ImportFormat.JsonLines,
        ".parquet" => ImportFormat.Parquet,
        _ => ImportFormat.Csv,
    };

    public static byte[] QuarantineCsv(string header, IEnumerable<RejectedRow> rejected)
    {
        var text = new StringBuilder();
        text.Append("line,reason,raw\n");
        text.Append("0,").Append(Quote("header of the input")).Append(',').Append(Quote(header)).Append('\n');
        foreach (var row in rejected)
            text.Append(row.Line).Append(',').Append(Quote(row.Reason)).Append(',').Append(Quote(row.Raw)).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    private static string Sanitize(string name) => new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
}
