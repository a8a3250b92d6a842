namespace Hive.Core.Algos;

/// <summary>How a parent order is sliced into child orders (docs/execution.md).</summary>
public enum ExecutionAlgorithm
{
    /// <summary>Equal slices at evenly spaced times.</summary>
    Twap,
    /// <summary>Slices sized by the instrument's historical volume profile.</summary>
    Vwap,
    /// <summary>A target share of the market volume observed since start.</summary>
    Pov,
    /// <summary>One display quantity at a time, refilled when it fills.</summary>
    Iceberg,
    /// <summary>Implementation shortfall: the Almgren–Chriss optimal trajectory.</summary>
    ImplementationShortfall,
}
