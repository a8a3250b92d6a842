using System.Globalization;
using Hive.Core.Algos;
using Hive.Core.Ids;
using Hive.Core.ReadModel;
using Hive.Core.Orders;

namespace Hive.Cluster.Http;

/// <summary>The list endpoints' query strings turned into read-side queries; anything malformed is a 400 naming the parameter.</summary>
public static class ReadQueryInput
{
    public static (OrderQuery? Query, IResult? Error) Orders(HttpRequest request)
    {
        var q = request.Query;
        if (!Id(q["account"], AccountId.Parse, "account", out var account, out var error)) return (null, error);
        if (!Instrument(q["instrument"], out var instrument, out error)) return (null, error);
        if (!Id(q["strategy"], StrategyId.Parse, "strategy", out var strategy, out error)) return (null, error);
        OrderStatus? status = null;
        if (q["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!ApiInput.TryEnum(statusText, OrderStatus.None, out var parsed) || parsed == OrderStatus.None)
                return (null, ApiResults.BadRequest("invalid-status",
                    $"status '{statusText}' is not one of {string.Join(", ", Enum.GetNames<OrderStatus>().Skip(1))}"));
            status = parsed;
        }
        if (!Time(q["from"], "from", out var from, out error) || !Time(q["to"], "to", out var to, out error)) return (null, error);
        if (!Cursor(q["before"], out var before, out error)) return (null, error);
        return (new OrderQuery(account, instrument, status, strategy, from, to, before, ApiInput.Limit(q["limit"]), Scope(request)), null);
    }

    public static (AlgoQuery? Query, IResult? Error) Algos(HttpRequest request)
    {
        var q = request.Query;
        if (!Id(q["account"], AccountId.Parse, "account", out var account, out var error)) return (null, error);
        if (!Instrument(q["instrument"], out var instrument, out error)) return (null, error);
        ParentStatus? status = null;
        if (q["status"].ToString() is { Length: > 0 } statusText)
        {
            if (!ApiInput.TryEnum(statusText, ParentStatus.Working, out var parsed)) return (null, ApiInput.BadEnum<ParentStatus>("status", statusText));
            status = parsed;
        }
        var type = q["type"].ToString() is { Length: > 0 } typeText ? typeText.ToLowerInvariant() : null;
        if (type is not null && !ExecutionCatalog.Names.Contains(type))
            return (null, ApiResults.BadRequest("invalid-type", $"type '{q["type"]}' is not one of {string.Join(", ", ExecutionCatalog.Names)}"));
        if (!Time(q["from"], "from", out var from, out error) || !Time(q["to"], "to", out var to, out error)) return (null, error);
        if (!Cursor(q["before"], out var before, out error)) return (null, error);
        return (new AlgoQuery(account, instrument, status, type, from, to, before, ApiInput.Limit(q["limit"]), Scope(request)), null);
    }

    public static (FillQuery? Query, IResult? Error) Fills(HttpRequest request)
    {
        var q = request.Query;
        if (!Id(q["account"], AccountId.Parse, "account", out var account, out var error)) return (null, error);
        if (!Instrument(q["instrument"], out var instrument, out error)) return (null, error);
        if (!Id(q["order"], ClientOrderId.Parse, "order", out var order, out error)) return (null, error);
        if (!Cursor(q["before"], out var before, out error)) return (null, error);
        return (new FillQuery(account, instrument, order, before, ApiInput.Limit(q["limit"]), Scope(request)), null);
    }

    /// <summary>The accounts a viewer's or trader's lists are held to; null for roles that see every account.</summary>
    private static IReadOnlyCollection<AccountId>? Scope(HttpRequest request) => Security.ApiCaller.Of(request.HttpContext)?.Accounts;

    private static bool Id<T>(string? text, Func<string, T> parse, string name, out T? id, out IResult? error) where T : struct
    {
        (id, error) = (null, null);
        if (string.IsNullOrEmpty(text)) return true;
        try
        {
            id = parse(text);
            return true;
        }
        catch (FormatException e)
        {
            error = ApiResults.BadRequest("invalid-id", $"{name} '{text}' is invalid: {e.Message}");
            return false;
        }
    }

    private static bool Instrument(string? text, out InstrumentId? id, out IResult? error)
    {
        (id, error) = (null, null);
        if (string.IsNullOrEmpty(text)) return true;
        if (InstrumentId.TryParse(text, out var parsed, out var message))
        {
            id = parsed;
            return true;
        }
        error = ApiResults.BadRequest("invalid-id", message);
        return false;
    }

    /// <summary>An optional ISO-8601 time parameter, as UTC; a malformed one is a 400 <c>invalid-time</c> naming it.</summary>
    public static bool Time(string? text, string name, out DateTime? time, out IResult? error)
    {
        (time, error) = (null, null);
        if (string.IsNullOrEmpty(text)) return true;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            time = DateTime.SpecifyKind(parsed, DateTimeKind.Utc);
            return true;
        }
        error = ApiResults.BadRequest("invalid-time", $"{name} '{text}' is not an ISO-8601 time, e.g. 2024-01-02T00:00:00Z");
        return false;
    }

    private static bool Cursor(string? text, out PageCursor? cursor, out IResult? error)
    {
        (cursor, error) = (null, null);
        if (string.IsNullOrEmpty(text)) return true;
        if (PageCursor.TryDecode(text, out var decoded))
        {
            cursor = decoded;
            return true;
        }
        error = ApiResults.BadRequest("invalid-cursor", $"before '{text}' is not a cursor this API gave out (use the 'next' of the previous page)");
        return false;
    }
}
