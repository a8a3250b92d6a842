using Hive.Core.Algos.Instances;
using System.Text.Json;
using Hive.Actors.Sharding;
using Hive.Cluster.Http;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;

namespace Hive.Cluster.Security;

/// <summary>
/// The one gate of the API, run after routing: reads the endpoint's <see cref="ApiPolicy"/>, refuses a route that has none,
/// authenticates the key (401), spends its rate budget (429), checks the role (403) and, for viewers and traders, the account the request acts on (403,
/// the same answer whether the object exists or not, so a key learns nothing about other accounts). The caller is attached
/// to the request for the endpoint (list filtering). Every write by a known key, allowed or refused, goes to the audit trail
/// (<see cref="AuditWriter"/>) with its outcome and body.
/// </summary>
public sealed class ApiAuthorization(ApiAuthenticator authenticator, ApiRateLimiter limiter, AuditWriter audit)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            await next(context);
            return;
        }
        if (endpoint.Metadata.GetMetadata<ApiPolicy>() is not { } policy)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "no-access-policy",
                $"{context.Request.Method} {context.Request.Path} declares no access policy, so nobody may call it");
            return;
        }
        if (policy.Access == ApiAccess.Open)
        {
            await next(context);
            return;
        }
        if (authenticator.Authenticate(context.Request) is not { } caller)
        {
            await Refuse(context, StatusCodes.Status401Unauthorized, "unauthorized",
                $"this endpoint needs an API key in the {Node.AdminToken.Header} header (hive ctl user add; the bootstrap admin key is DATA_DIR/{Node.AdminToken.FileName})");
            return;
        }
        if (limiter.RetryAfter(caller) is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Refuse(context, StatusCodes.Status429TooManyRequests, "rate-limited",
                $"user '{caller.Name}' sent more than its requests per second; retry after {wait} s");
            return;
        }
        var audited = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (!audited)
        {
            await AuthorizedAsync(context, next, policy, caller);
            return;
        }
        // A write's response is held until its audit record is stored: a node killed after answering cannot lose the record.
        context.Request.EnableBuffering();
        var response = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await AuthorizedAsync(context, next, policy, caller);
            await AuditAsync(context, endpoint, caller);
        }
        finally
        {
            context.Response.Body = response;
            held.Position = 0;
            await held.CopyToAsync(response, CancellationToken.None);
        }
    }

    private static async Task AuthorizedAsync(HttpContext context, RequestDelegate next, ApiPolicy policy, ApiCaller caller)
    {
        if (!ApiPolicy.Allows(caller.Role, policy.Access))
            await Refuse(context, StatusCodes.Status403Forbidden, "forbidden",
                $"user '{caller.Name}' ({Core.Security.RoleNames.Of(caller.Role)}) may not call {context.Request.Method} {context.Request.Path}");
        else if (caller.Accounts is not null && !await InScopeAsync(context, policy.Accounts, caller))
            await Refuse(context, StatusCodes.Status403Forbidden, "forbidden",
                $"user '{caller.Name}' may not act on this object: it is not one of the user's accounts' or does not exist");
        else
        {
            context.Features.Set(caller);
            await next(context);
        }
    }

    /// <summary>Records the write's audit entry and waits until it is stored: who, which route, the object it names (the route's id
    /// or user name, or a new order's client order id), the status it got and the body it sent.</summary>
    private async Task AuditAsync(HttpContext context, Endpoint endpoint, ApiCaller caller)
    {
        var request = context.Request;
        var body = "";
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var buffer = new char[Core.Audit.AuditChain.MaxDetail];
            body = new string(buffer, 0, await reader.ReadBlockAsync(buffer, CancellationToken.None));
        }
        var subject = request.RouteValues["id"] as string ?? request.RouteValues["name"] as string ?? TopLevelString(body, "clientOrderId");
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? request.Path.Value ?? "";
        await audit.Record(new Core.Audit.AuditEntry(DateTime.UtcNow, caller.Name, Core.Security.RoleNames.Of(caller.Role),
            $"{request.Method} /{route.TrimStart('/')}", request.Path.Value ?? "", subject, context.Response.StatusCode, body));
    }

    private static string? TopLevelString(string json, string property)
    {
        if (json.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var value)
                   && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task Refuse(HttpContext context, int status, string code, string message) =>
        ApiResults.Error(status, code, message).ExecuteAsync(context);

    /// <summary>Whether the account the request names is the caller's. An id that does not parse is left to the endpoint,
    /// which answers 400 <c>invalid-id</c> without touching any data.</summary>
    private static async Task<bool> InScopeAsync(HttpContext context, AccountSource source, ApiCaller caller)
    {
        var id = context.Request.RouteValues["id"] as string;
        var ct = context.RequestAborted;
        switch (source)
        {
            case AccountSource.None:
                return true;
            case AccountSource.RouteAccount:
                return !IdText.IsValid(id) || caller.MayActOn(new AccountId(id!));
            case AccountSource.QueryAccount:
                var named = context.Request.Query["account"].ToString();
                return !IdText.IsValid(named) || caller.MayActOn(new AccountId(named));
            case AccountSource.RouteStrategy:
                if (!IdText.IsValid(id)) return true;
                var strategy = await context.RequestServices.GetRequiredService<TradingReader>().StrategyAsync(new StrategyId(id!), ct);
                return strategy is not null && caller.MayActOn(new AccountId(strategy.AccountId));
            case AccountSource.RouteAlgo:
                if (!IdText.IsValid(id)) return true;
                // An id nobody submitted is refused like another account's (403 says nothing of whether it exists), unasked.
                if (!await context.RequestServices.GetRequiredService<AlgoDirectory>().ExistsAsync(new AlgoId(id!))) return false;
                var (algo, _) = await ApiResults.AskAsync(context.RequestServices.GetRequiredService<EntityGateway>(), new GetAlgo(new AlgoId(id!)));
                return algo is AlgoState { Spec: { } spec } && caller.MayActOn(spec.AccountId);
            case AccountSource.RouteOrder:
                if (!IdText.IsValid(id)) return true;
                return await OrderAccountAsync(context, new ClientOrderId(id!)) is { } owner && caller.MayActOn(owner);
            case AccountSource.BodyAccount:
                var (single, account) = await BodyAccountAsync(context.Request);
                return single && (!IdText.IsValid(account) || caller.MayActOn(new AccountId(account!)));
            default:
                return false;
        }
    }

    /// <summary>An order's account from the read tables, or, for an order the projection has not reached yet (a cancel just
    /// after the submit), from its entity: the entity would be asked by the cancel anyway.</summary>
    private static async Task<AccountId?> OrderAccountAsync(HttpContext context, ClientOrderId order)
    {
        var services = context.RequestServices;
        if (await services.GetRequiredService<Actors.ReadModel.ReadModelQueries>().OrderAsync(order, context.RequestAborted) is { } row) return row.AccountId;
        if (context.Request.Method == HttpMethods.Get) return null;
        var (reply, _) = await ApiResults.AskAsync(services.GetRequiredService<EntityGateway>(), new GetOrder(order));
        return (reply as OrderFlowState)?.Order.Request?.AccountId;
    }

    /// <summary>The body's top-level <c>accountId</c> (any case, as the endpoints read it), leaving the body readable again.
    /// Anything that is not a JSON object with a string there gives null: the endpoint then refuses the body itself. Two of
    /// them is not <paramref name="request"/>'s single account: the deserializer would take the last, this check the first.</summary>
    private static async Task<(bool Single, string? Account)> BodyAccountAsync(HttpRequest request)
    {
        var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        buffer.Position = 0;
        request.Body = buffer;
        try
        {
            var reader = new Utf8JsonReader(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return (true, null);
            (int Seen, string? Value) account = (0, null);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isAccount = string.Equals(reader.GetString(), "accountId", StringComparison.OrdinalIgnoreCase);
                if (!reader.Read()) break;
                if (isAccount) account = (account.Seen + 1, reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
                reader.Skip();
            }
            return (account.Seen <= 1, account.Value);
        }
        catch (JsonException)
        {
            return (true, null);
        }
    }
}
