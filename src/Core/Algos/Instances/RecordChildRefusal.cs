using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Child <see cref="Number"/> was refused (by the order's validation, the account or a risk limit): the parent pauses with the reason.</summary>
public sealed record RecordChildRefusal(AlgoId AlgoId, int Number, string Reason) : AlgoCommand(AlgoId);
