namespace Hive.Cluster.Security;

/// <summary>Where a request names the account it acts on, so a scoped key (viewer, trader) can be held to its accounts
/// before the endpoint runs.</summary>
public enum AccountSource
{
    /// <summary>The endpoint touches no single account.</summary>
    None,
    /// <summary>The route's <c>{id}</c> is an account id.</summary>
    RouteAccount,
    /// <summary>The route's <c>{id}</c> is a client order id; its account is looked up.</summary>
    RouteOrder,
    /// <summary>The route's <c>{id}</c> is a strategy id; its account is looked up.</summary>
    RouteStrategy,
    /// <summary>The route's <c>{id}</c> is an algo id; its account is asked of its entity.</summary>
    RouteAlgo,
    /// <summary>A list: an <c>account</c> query parameter must be the caller's, and the list is filtered to the caller's accounts.</summary>
    QueryAccount,
    /// <summary>The JSON body's <c>accountId</c>.</summary>
    BodyAccount,
}
