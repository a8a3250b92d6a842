namespace Hive.Indicators;

/// <summary>
/// An indicator fed one bar at a time. After the bar at index i has been given to
/// <see cref="Update"/>, <see cref="this[int]"/> holds exactly what the batch function gives at index i.
/// </summary>
public interface IStreamingIndicator
{
    /// <summary>Bars consumed before the first valid output (TA-Lib's lookback).</summary>
    int Lookback { get; }

    /// <summary>True once the lookback has been consumed and outputs are valid.</summary>
    bool IsReady { get; }

    /// <summary>Number of outputs, in TA-Lib's output order.</summary>
    int OutputCount { get; }

    /// <summary>Feeds one bar; returns <see cref="IsReady"/>.</summary>
    bool Update(in Ohlcv bar);

    /// <summary>Current value of output <paramref name="output"/> (integer outputs as whole doubles; NaN while not ready).</summary>
    double this[int output] { get; }

    /// <summary>Forgets every bar seen.</summary>
    void Reset();
}
