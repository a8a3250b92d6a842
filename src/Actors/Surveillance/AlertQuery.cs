namespace Hive.Actors.Surveillance;

/// <summary>A page of stored alerts, newest detection first, optionally of one account and one detector.</summary>
public sealed record AlertQuery(string? Account, string? Detector, int Limit)
{
    public const int MaxLimit = 1000;
}
