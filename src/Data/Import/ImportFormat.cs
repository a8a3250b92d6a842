namespace Hive.Data.Import;

public enum ImportFormat
{
    Csv,
    JsonLines,
    Parquet,
}
