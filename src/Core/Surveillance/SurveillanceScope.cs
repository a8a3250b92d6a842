using Hive.Core.Ids;

namespace Hive.Core.Surveillance;

/// <summary>
/// Whose activity a detector judges per day: a venue, an account or a strategy, written <c>account:ACC-1</c> in alerts. A
/// value to group by, so a scan does not format a string for every row; ordered as its written form is (ordinal: the
/// kinds differ in their first letter).
/// </summary>
public readonly record struct SurveillanceScope(string Kind, string Id) : IComparable<SurveillanceScope>
{
    public static SurveillanceScope Venue(string venue) => new("venue", venue);

    public static SurveillanceScope Account(AccountId account) => new("account", account.Value);

    public static SurveillanceScope Strategy(StrategyId strategy) => new("strategy", strategy.Value);

    public int CompareTo(SurveillanceScope other)
    {
        var kind = string.CompareOrdinal(Kind, other.Kind);
        return kind != 0 ? kind : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => $"{Kind}:{Id}";
}
