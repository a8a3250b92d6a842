using System.Runtime.CompilerServices;
using Akka.Actor;

namespace Hive.Actors.Diagnostics;

/// <summary>The last log lines of one actor system, for <c>hive ctl log peek</c>.</summary>
public sealed class LogRing
{
    private static readonly ConditionalWeakTable<ActorSystem, LogRing> Rings = new();
    private readonly LogLine[] _lines;
    private long _written;

    public LogRing(int capacity) => _lines = new LogLine[capacity];

    public static LogRing For(ActorSystem system) => Rings.GetValue(system, _ => new LogRing(1000));

    public void Add(LogLine line)
    {
        lock (_lines)
        {
            _lines[_written % _lines.Length] = line;
            _written++;
        }
    }

    /// <summary>The newest <paramref name="count"/> lines, oldest first.</summary>
    public IReadOnlyList<LogLine> Tail(int count)
    {
        lock (_lines)
        {
            var n = (int)Math.Min(Math.Min(count, _lines.Length), _written);
            var result = new LogLine[n];
            for (var i = 0; i < n; i++)
                result[i] = _lines[(_written - n + i) % _lines.Length];
            return result;
        }
    }
}
