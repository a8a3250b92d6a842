using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>What child <see cref="Number"/>'s order reported: its cumulative filled quantity, average price and fees, and
/// whether it still works. Cumulative figures only rise, so a repeated or reordered report changes nothing.</summary>
public sealed record RecordChildProgress(AlgoId AlgoId, int Number, decimal Filled, decimal AveragePrice, decimal Fees, bool Open)
    : AlgoCommand(AlgoId);
