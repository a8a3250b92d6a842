namespace Hive.Actors.Diagnostics;

public sealed record LogLine(DateTime Timestamp, string Level, string Source, string Message);
