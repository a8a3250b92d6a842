namespace Hive.Core.Tests.Support;

/// <summary>Fixed UTC instants so event timestamps can be asserted exactly.</summary>
internal static class EntityClock
{
    public static readonly DateTime Now = new(2026, 11, 26, 0, 30, 0, DateTimeKind.Utc);

    public static DateTime At(int minutesAfterNow) => Now.AddMinutes(minutesAfterNow);
}
