using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Lake;

namespace Hive.Data.Import;

/// <summary>What to import and how. <paramref name="Format"/> null means "from the file extension"
/// (.csv, .jsonl/.ndjson/.json, .parquet; anything else is read as CSV).</summary>
public sealed record ImportRequest(
    InstrumentId Instrument,
    AssetClass AssetClass,
    BarInterval Interval,
    ImportFormat? Format = null,
    ColumnMapping? Mapping = null,
    RepairPolicy Repair = RepairPolicy.Drop,
    SeriesMetadata? Metadata = null)
{
    public SeriesKey Series => SeriesKey.Create(AssetClass, Instrument, Interval);
}
