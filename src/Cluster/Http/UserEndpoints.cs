using System.Collections.Immutable;
using Akka.Hosting;
using Hive.Actors.Protocol;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Core.Ids;
using Hive.Core.Security;

namespace Hive.Cluster.Http;

/// <summary>Users and their keys (admin): list, add (answers the new key, the only time it is shown), revoke, rotate. A change is
/// applied to this node's key cache as soon as it is stored; the other nodes follow through pub-sub.</summary>
public static class UserEndpoints
{
    public static void Map(WebApplication app)
    {
        var users = app.MapGroup("/api/admin/users");
        users.MapGet("", async (EntityGateway g) =>
        {
            var (reply, error) = await ApiResults.AskAsync(g, GetUserDirectory.Instance);
            if (error is not null) return error;
            var directory = (UserDirectoryState)reply!;
            return Results.Json(new { count = directory.Users.Count, users = directory.Users.Values.OrderBy(u => u.Name.Value, StringComparer.Ordinal).Select(View) });
        }).RequireAccess(ApiAccess.Admin);
        users.MapPost("", async (HttpRequest r, EntityGateway g, UserDirectoryCache cache) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<AddUserRequest>(r, ApiInput.Strict);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.Name)) return ApiInput.Missing("name");
            if (!RoleNames.TryParse(body.Role, out var role))
                return ApiResults.BadRequest("invalid-role", $"role '{body.Role}' is not one of {RoleNames.All}");
            var (key, stored) = ApiKeys.Generate();
            return await ApiInput.WithId(body.Name, "user name", () => ChangeAsync(r, g, cache, by => new AddUser(UserName.Parse(body.Name),
                role, (body.Accounts ?? []).Select(AccountId.Parse).ToImmutableArray(), stored, by), key));
        }).RequireAccess(ApiAccess.Admin);
        users.MapPost("/{name}/revoke", (string name, HttpRequest r, EntityGateway g, UserDirectoryCache cache) =>
            ApiInput.WithId(name, "user name", () => ChangeAsync(r, g, cache, by => new RevokeUser(UserName.Parse(name), by), key: null)))
            .RequireAccess(ApiAccess.Admin);
        users.MapPost("/{name}/rotate", (string name, HttpRequest r, EntityGateway g, UserDirectoryCache cache) =>
        {
            var (key, stored) = ApiKeys.Generate();
            return ApiInput.WithId(name, "user name", () => ChangeAsync(r, g, cache, by => new RotateUserKey(UserName.Parse(name), stored, by), key));
        }).RequireAccess(ApiAccess.Admin);
    }

    private static async Task<IResult> ChangeAsync(HttpRequest request, EntityGateway gateway, UserDirectoryCache cache,
        Func<string, IUserDirectoryCommand> command, string? key)
    {
        var change = command(ApiCaller.Of(request.HttpContext)!.Name);
        var (reply, error) = await ApiResults.AskAsync(gateway, change);
        if (error is not null) return error;
        if (reply is CommandRejected rejected) return ApiResults.Error(StatusCodes.Status422UnprocessableEntity, rejected.Code, rejected.Message);
        var (state, stateError) = await ApiResults.AskAsync(gateway, GetUserDirectory.Instance);
        if (stateError is not null) return stateError;
        var directory = (UserDirectoryState)state!;
        cache.Update(directory);
        return Results.Json(new { user = View(directory.Users[change.Name.Value]), key });
    }

    private static object View(ApiUser u) => new
    {
        name = u.Name.Value, role = RoleNames.Of(u.Role), accounts = u.Accounts.Select(a => a.Value), keyId = u.KeyId,
        u.CreatedAt, u.CreatedBy, u.RevokedAt, revoked = u.Revoked,
    };
}
