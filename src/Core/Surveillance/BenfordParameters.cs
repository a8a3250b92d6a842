namespace Hive.Core.Surveillance;

/// <summary>
/// When trade sizes' first digits are judged against Benford's law. Defaults: from <see cref="MinSample"/> (100) trades of a
/// scope and UTC day (fewer say too little: the chi-square approximation wants about five expected per digit, and digit 9
/// expects 4.6 %); flagged when the chi-square test's p-value is below <see cref="MaxPValue"/> (0.001, i.e. a statistic
/// above 26.1 with 8 degrees of freedom); an alert lists at most <see cref="EvidenceLimit"/> (20) trades.
/// </summary>
public sealed record BenfordParameters(int MinSample, double MaxPValue, int EvidenceLimit)
{
    public static readonly BenfordParameters Default = new(100, 0.001, 20);
}
