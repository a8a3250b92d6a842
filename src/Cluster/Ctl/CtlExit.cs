namespace Hive.Cluster.Ctl;

/// <summary>Exit codes of `hive ctl`, for scripts.</summary>
public static class CtlExit
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Unreachable = 3;
    public const int Unauthorized = 4;
}
