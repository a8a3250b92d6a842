using Hive.Cluster.Node;

namespace Hive.Cluster.Http;

/// <summary>Lets a request through only with the node's admin token in the <c>X-Hive-Token</c> header
/// (or <c>Authorization: Bearer</c>).</summary>
public sealed class AdminTokenFilter(string token) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var headers = context.HttpContext.Request.Headers;
        var presented = headers[AdminToken.Header].FirstOrDefault()
            ?? headers.Authorization.FirstOrDefault()?.Replace("Bearer ", "", StringComparison.OrdinalIgnoreCase);
        return AdminToken.Matches(token, presented)
            ? next(context)
            : ValueTask.FromResult<object?>(ApiResults.Error(StatusCodes.Status401Unauthorized, "unauthorized",
                $"this endpoint needs the admin token in the {AdminToken.Header} header (see DATA_DIR/{AdminToken.FileName})"));
    }
}
