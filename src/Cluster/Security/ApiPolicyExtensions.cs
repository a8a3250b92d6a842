namespace Hive.Cluster.Security;

public static class ApiPolicyExtensions
{
    /// <summary>Declares the endpoint's (or a group's) access rule; a route without one is refused at run time and fails
    /// the route-matrix test.</summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, ApiAccess access, AccountSource accounts = AccountSource.None)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiPolicy(access, accounts));
}
