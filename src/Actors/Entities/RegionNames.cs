namespace Hive.Actors.Entities;

/// <summary>Shard region type names; they are part of persistence ids (<c>account-ACC1</c>), so they never change.</summary>
public static class RegionNames
{
    public const string Account = "account";
    public const string Order = "order";
    public const string Instrument = "instrument";
    public const string Strategy = "strategy";
    /// <summary>The cluster's kill switches (one entity).</summary>
    public const string KillSwitches = "kill-switches";

    /// <summary>The cluster's users and their API keys (one entity).</summary>
    public const string Users = "users";

    /// <summary>Parent orders worked by execution algorithms (one entity per algo id).</summary>
    public const string Algo = "algo";

    public static readonly IReadOnlyList<string> All = [Account, Order, Instrument, Strategy, KillSwitches, Users, Algo];
}
