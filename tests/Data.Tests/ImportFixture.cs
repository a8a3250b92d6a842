using System.Text;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Data.Tests;

/// <summary>A local lake in a temp folder plus helpers to import CSV text into it.</summary>
public sealed class ImportFixture : IDisposable
{
    public static readonly InstrumentId Instrument = new("TEST", "ABC");

    public ImportFixture()
    {
        Store = new LocalObjectStore(Folder.Path);
        Lake = new MarketDataLake(Store);
        Importer = new BarImporter(Lake);
    }

    public TempFolder Folder { get; } = new();
    public LocalObjectStore Store { get; }
    public MarketDataLake Lake { get; }
    public BarImporter Importer { get; }

    public Task<ImportReport> ImportCsvAsync(string csv, RepairPolicy repair = RepairPolicy.Drop, string? map = null, string interval = "1d", AssetClass assetClass = AssetClass.Stock, ImportFormat format = ImportFormat.Csv) =>
        Importer.ImportAsync(Encoding.UTF8.GetBytes(csv), "input.csv",
            new ImportRequest(Instrument, assetClass, BarInterval.Parse(interval), format, ColumnMapping.Parse(map), repair));

    public SeriesKey Series(string interval = "1d", AssetClass assetClass = AssetClass.Stock) => SeriesKey.Create(assetClass, Instrument, BarInterval.Parse(interval));

    public void Dispose() => Folder.Dispose();
}
