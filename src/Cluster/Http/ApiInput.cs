using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hive.Cluster.Http;

/// <summary>Shared checks of the entity API's input: ids, required fields, optional bodies, enum names.</summary>
public static class ApiInput
{
    /// <summary>How every request body is read: a field the request does not have is refused (so <c>{"limit_price":100}</c> is
    /// never silently a market order), and nesting stops at 32 levels (no request is deeper than a few).</summary>
    public static readonly JsonSerializerOptions Strict = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 32,
    };

    /// <summary>Runs the action, turning an invalid id (FormatException from the typed id parsers) into a 400.</summary>
    public static async Task<IResult> WithId(string id, string what, Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (FormatException e)
        {
            return ApiResults.BadRequest("invalid-id", $"{what} '{id}' is invalid: {e.Message}");
        }
    }

    /// <summary>Reads a JSON body if there is one. A chunked body (HttpClient's JsonContent) has no Content-Length,
    /// so it is read first to find out whether it is empty.</summary>
    public static async Task<(T? Body, IResult? Error)> ReadOptionalAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentLength == 0) return (null, null);
        if (request.ContentLength is null)
        {
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            if (string.IsNullOrWhiteSpace(text)) return (null, null);
            request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        }
        return await ApiResults.ReadBodyAsync<T>(request);
    }

    public static IResult Missing(string field) => ApiResults.BadRequest("missing-field", $"field '{field}' is required");

    /// <summary>Parses an enum by name (case-insensitive, dashes and underscores ignored); null text gives the fallback.</summary>
    public static bool TryEnum<T>(string? text, T fallback, out T value) where T : struct, Enum
    {
        value = fallback;
        if (text is null) return true;
        return Enum.TryParse(text.Replace("-", "").Replace("_", ""), ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static IResult BadEnum<T>(string field, string? text) where T : struct, Enum =>
        ApiResults.BadRequest($"invalid-{field}", $"{field} '{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");

    public static DateTime? Utc(DateTime? time) => time?.Kind switch
    {
        null => null,
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.Value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time!.Value, DateTimeKind.Utc),
    };

    public static int Limit(string? text, int fallback = 100) =>
        int.TryParse(text, out var limit) && limit > 0 ? Math.Min(limit, 10_000) : fallback;
}
