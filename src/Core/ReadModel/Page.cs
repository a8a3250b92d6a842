namespace Hive.Core.ReadModel;

/// <summary>One page of rows, and the cursor of the next (older) page when there may be one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Rows, PageCursor? Next);
