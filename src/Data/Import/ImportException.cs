namespace Hive.Data.Import;

/// <summary>The input as a whole cannot be imported (empty file, no header, a required column missing). Row-level
/// problems are not exceptions: they are rejected rows in the <see cref="ImportReport"/>.</summary>
public sealed class ImportException(string message) : Exception(message);
