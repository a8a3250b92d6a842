namespace Hive.Core.Algos;

/// <summary>Where a parent order stands. <see cref="Paused"/>: a child was refused; nothing is sent until it is resumed.</summary>
public enum ParentStatus
{
    Working,
    Paused,
    Completed,
    /// <summary>The window ended with quantity left.</summary>
    Expired,
    Cancelled,
}
