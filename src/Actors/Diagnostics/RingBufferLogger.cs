using Akka.Actor;
using Akka.Dispatch;
using Akka.Event;

namespace Hive.Actors.Diagnostics;

/// <summary>An Akka logger that keeps the newest lines in the system's <see cref="LogRing"/>.</summary>
public sealed class RingBufferLogger : ReceiveActor, IRequiresMessageQueue<ILoggerMessageQueueSemantics>
{
    public RingBufferLogger()
    {
        var ring = LogRing.For(Context.System);
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(e => ring.Add(new LogLine(
            e.Timestamp.ToUniversalTime(), e.LogLevel().ToString().Replace("Level", ""), e.LogSource ?? "", e.Message?.ToString() ?? "")));
    }
}
