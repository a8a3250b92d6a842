using System.Security.Cryptography;
using System.Text;
using Hive.Cluster.Node;
using Hive.Core.Security;

namespace Hive.Cluster.Security;

/// <summary>Finds the caller of a request from its key: the <c>X-Hive-Token</c> header, <c>Authorization: Bearer</c>, or the
/// browser session cookie (<see cref="SessionCookie"/>). A key shaped like a user key is looked up in the directory; anything
/// else can only be the bootstrap admin token.</summary>
public sealed class ApiAuthenticator(string bootstrapToken, UserDirectoryCache users)
{
    public const string SessionCookie = "hive_session";
    private readonly byte[] _bootstrap = Encoding.UTF8.GetBytes(bootstrapToken);

    public ApiCaller? Authenticate(HttpRequest request) => Verify(Presented(request));

    public ApiCaller? Verify(string? key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        if (ApiKeys.TryParse(key, out var keyId, out var secret) && users.Find(keyId, secret) is { } user) return user;
        return CryptographicOperations.FixedTimeEquals(_bootstrap, Encoding.UTF8.GetBytes(key)) ? ApiCaller.BootstrapAdmin : null;
    }

    private static string? Presented(HttpRequest request)
    {
        var headers = request.Headers;
        if (headers[AdminToken.Header].FirstOrDefault() is { Length: > 0 } token) return token.Trim();
        if (headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return auth["Bearer ".Length..].Trim();
        return request.Cookies[SessionCookie];
    }
}
