namespace Hive.Core.Portfolio;

/// <summary>How the distance between two clusters follows from the distances of their members (scipy's methods).</summary>
public enum Linkage
{
    /// <summary>The closest pair of members.</summary>
    Single,

    /// <summary>The farthest pair of members.</summary>
    Complete,

    /// <summary>The mean over all pairs of members (UPGMA).</summary>
    Average,

    /// <summary>Ward's minimum increase in within-cluster variance (Lance-Williams update on the distances).</summary>
    Ward,
}
