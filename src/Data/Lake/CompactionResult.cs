namespace Hive.Data.Lake;

/// <summary>Partitions rewritten into one part each, parts removed, and duplicate rows dropped on the way.</summary>
public sealed record CompactionResult(int PartitionsCompacted, int PartsRemoved, int DuplicateRowsDropped);
