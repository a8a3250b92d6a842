namespace Hive.Cluster.Ctl;

public sealed class CtlException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
