using Hive.Cluster.Security;
using Hive.Core.Security;

namespace Hive.Cluster.Http;

/// <summary>Signing a browser in: <c>POST /api/session {"key"}</c> checks the key and sets it as an HttpOnly, SameSite=Strict
/// cookie (Secure over HTTPS), which the authorization accepts like the header; script on the page never sees the key and
/// other sites cannot send it. <c>DELETE /api/session</c> removes the cookie; <c>GET /api/session</c> says who is signed in, if anyone.
/// The cookie holds the key itself, so a revoke ends every session on every node at once.</summary>
public static class SessionEndpoints
{
    public static void Map(WebApplication app, ApiAuthenticator authenticator)
    {
        app.MapPost("/api/session", async (HttpContext context) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<SessionRequest>(context.Request);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.Key)) return ApiInput.Missing("key");
            if (authenticator.Verify(body.Key.Trim()) is not { } caller)
                return ApiResults.Error(StatusCodes.Status401Unauthorized, "unauthorized", "that key is not valid (unknown, rotated or revoked)");
            context.Response.Cookies.Append(ApiAuthenticator.SessionCookie, body.Key.Trim(), Cookie(context));
            return Results.Json(View(caller));
        }).RequireAccess(ApiAccess.Open);
        app.MapDelete("/api/session", (HttpContext context) =>
        {
            context.Response.Cookies.Delete(ApiAuthenticator.SessionCookie, Cookie(context));
            return Results.Json(new { signedOut = true });
        }).RequireAccess(ApiAccess.Open);
        // Open, so a page can ask whether it is signed in without a refusal in its console.
        app.MapGet("/api/session", (HttpContext context) => Results.Json(Of(authenticator.Authenticate(context.Request)))).RequireAccess(ApiAccess.Open);
    }

    private static CookieOptions Cookie(HttpContext context) => new()
    {
        HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/", IsEssential = true,
    };

    /// <summary>What <c>GET /api/session</c> answers for this caller (none: not signed in); the dashboard's page carries it too.</summary>
    public static object Of(ApiCaller? caller) => caller is null ? new { signedIn = false } : View(caller);

    private static object View(ApiCaller caller) => new
    {
        signedIn = true, name = caller.Name, role = RoleNames.Of(caller.Role), accounts = caller.Accounts?.Select(a => a.Value).Order(StringComparer.Ordinal),
    };
}
