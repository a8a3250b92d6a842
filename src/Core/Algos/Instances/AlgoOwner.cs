using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>
/// A parent's children are placed as owned by <c>algo.{algo id}</c>, in the order request's strategy field: the order path
/// then treats them as it treats a strategy's orders (no acknowledgement; the order tells its owner each booked fill and its
/// end, <see cref="OrderFlow.OrderUpdate"/>; a placement repeated tells it again), and the order group addresses that news
/// to the parent's entity instead of the strategy region. The prefix is reserved: no strategy may be started under such an id.
/// </summary>
public static class AlgoOwner
{
    public const string Prefix = "algo.";

    public static StrategyId Of(AlgoId algo) => new(Prefix + algo.Value);

    /// <summary>The parent that owns orders of <paramref name="owner"/>, when it is a parent.</summary>
    public static AlgoId? AlgoOf(StrategyId owner) =>
        owner.Value.StartsWith(Prefix, StringComparison.Ordinal) ? new AlgoId(owner.Value[Prefix.Length..]) : null;

    /// <summary>Child <c>n</c>'s number from its client order id <c>{algo id}-{n}</c>, or 0 when the id is not one of the parent's.</summary>
    public static int ChildNumber(AlgoId algo, ClientOrderId child) =>
        child.Value.Length > algo.Value.Length + 1 && child.Value.StartsWith(algo.Value + "-", StringComparison.Ordinal)
        && int.TryParse(child.Value.AsSpan(algo.Value.Length + 1), System.Globalization.NumberStyles.None, null, out var n) ? n : 0;
}
