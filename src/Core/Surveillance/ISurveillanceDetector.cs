namespace Hive.Core.Surveillance;

/// <summary>A pure, deterministic pattern finder: the same input gives the same alerts in the same order.</summary>
public interface ISurveillanceDetector
{
    IEnumerable<SurveillanceAlert> Detect(SurveillanceInput input);
}
