namespace Hive.Core.Drills;

/// <summary>One thing the checker found wrong, with a code and the numbers.</summary>
public sealed record DrillViolation(string Code, string Message);

/// <summary>
/// What the checker concluded about one drill: how many operations were acknowledged, refused and unknown, how many
/// acknowledged writes are lost and how many effects are duplicated (both must be 0), and every violation it found.
/// </summary>
public sealed record DrillVerdict(int Acknowledged, int Refused, int Unknown, int Lost, int Duplicated, IReadOnlyList<DrillViolation> Violations)
{
    public bool Ok => Violations.Count == 0;
}
