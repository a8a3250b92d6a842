using Akka.Actor;
using Akka.Dispatch;
using Akka.Event;

namespace Hive.Actors.Diagnostics;

/// <summary>The Akka logger of <c>hive node --log-format json</c>: one JSON object per line on stdout
/// (<see cref="JsonLogLine"/>), with the ids the line is about as fields (<see cref="LogFields"/>).</summary>
public sealed class JsonLogger : ReceiveActor, IRequiresMessageQueue<ILoggerMessageQueueSemantics>
{
    public JsonLogger()
    {
        Receive<InitializeLogger>(_ => Sender.Tell(new LoggerInitialized()));
        Receive<LogEvent>(e =>
        {
            var arguments = e.Message is LogMessage message ? message.Parameters() : [];
            JsonLogLine.Write(e.Timestamp.ToUniversalTime(), e.LogLevel().ToString().Replace("Level", "").ToLowerInvariant(),
                e.LogSource, e.Message?.ToString() ?? "", LogFields.Of(e.LogSource, arguments), e.Cause);
        });
    }
}
