namespace Hive.Data.Import;

/// <summary>A row that was not imported: its 1-based line number in the input (row number for Parquet), why,
/// and the original text.</summary>
public sealed record RejectedRow(long Line, string Reason, string Raw);
