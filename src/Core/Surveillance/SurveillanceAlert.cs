namespace Hive.Core.Surveillance;

/// <summary>
/// A pattern one detector found. <see cref="Id"/> is derived from what the pattern is made of (its detector and the first
/// order or trade of it, or its scope and day), so finding the same pattern again in a later scan names the same alert:
/// that is how alerts are deduplicated. <see cref="Statistic"/> is the figure the detector compared with its threshold
/// (named by <see cref="StatisticName"/>); <see cref="Figures"/> holds the other numbers a reviewer needs.
/// </summary>
public sealed record SurveillanceAlert(
    string Id, string Detector, IReadOnlyList<string> Accounts, string? Instrument, string Scope,
    DateTime From, DateTime To, string StatisticName, decimal Statistic, string Summary,
    IReadOnlyList<AlertEvidence> Evidence, IReadOnlyDictionary<string, decimal> Figures);
