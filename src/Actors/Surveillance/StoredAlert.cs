using Hive.Core.Surveillance;

namespace Hive.Actors.Surveillance;

/// <summary>An alert as kept: the pattern and when a scan first found it.</summary>
public sealed record StoredAlert(SurveillanceAlert Alert, DateTime DetectedAt);
