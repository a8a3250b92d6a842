namespace Hive.Data.Lake;

/// <summary>What an append did: rows written as new, and rows whose timestamp was already in the lake (the lake's
/// row wins, so re-importing a file changes nothing). <paramref name="PartsWritten"/> lists the new part keys.</summary>
public sealed record AppendResult(int RowsWritten, int RowsAlreadyPresent, IReadOnlyList<string> PartsWritten);
