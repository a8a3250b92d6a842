namespace Hive.Data.Import;

/// <summary>What to do with rows that break a rule. Every rejected row is quarantined whatever the policy.
/// <list type="bullet">
/// <item><c>None</c>: strict; if any row is rejected nothing is written to the lake.</item>
/// <item><c>Drop</c>: write the valid rows, quarantine the rest.</item>
/// <item><c>Clamp</c>: widen high/low to cover open and close (and swap high &lt; low) where that fixes the row,
/// count it as repaired and write it; quarantine what cannot be fixed.</item>
/// </list></summary>
public enum RepairPolicy
{
    None,
    Drop,
    Clamp,
}
