namespace Hive.Core.Orders;

public enum TimeInForce
{
    /// <summary>Good till cancelled.</summary>
    Gtc,
    /// <summary>Expires at the end of the instrument's trading session.</summary>
    Day,
    /// <summary>Immediate or cancel: fill what is possible now, cancel the rest.</summary>
    Ioc,
    /// <summary>Fill or kill: fill all of it now or none of it.</summary>
    Fok,
    /// <summary>Good till date: expires at <see cref="OrderRequest.ExpireAt"/>.</summary>
    Gtd,
}
