namespace Hive.Data.Import;

/// <summary>Bars missing between two consecutive rows while the session calendar says the market was open.
/// A warning, not a rejection: real data has holidays and halts the calendar does not model.</summary>
public sealed record GapWarning(long Line, DateTime After, DateTime Before, long MissingBars)
{
    public override string ToString() => $"line {Line}: {MissingBars} bar(s) missing between {After:yyyy-MM-dd HH:mm} and {Before:yyyy-MM-dd HH:mm} UTC";
}
