using System.Text.Json;
using Akka.Actor;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Actors.Sharding;
using Hive.Core.Domain;

namespace Hive.Cluster.Http;

/// <summary>Shared plumbing of the API endpoints: reading bodies with clear errors, and turning entity
/// replies into HTTP results.</summary>
public static partial class ApiResults
{
    [System.Text.RegularExpressions.GeneratedRegex("^The JSON property '(.+?)' could not be mapped")]
    private static partial System.Text.RegularExpressions.Regex UnknownField();

    public static IResult Error(int status, string code, string message)
    {
        HiveCounters.Record($"http-error/{code}");
        return Results.Json(new ApiError(code, message), statusCode: status);
    }

    public static IResult BadRequest(string code, string message) => Error(StatusCodes.Status400BadRequest, code, message);

    /// <summary>Reads a JSON body; a missing, empty or malformed body becomes a 400 naming the problem.</summary>
    public static async Task<(T? Body, IResult? Error)> ReadBodyAsync<T>(HttpRequest request, JsonSerializerOptions? options = null) where T : class
    {
        try
        {
            // Any content type is accepted: curl -d sends form encoding by default, and the body is JSON either way.
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, options ?? ApiInput.Strict, request.HttpContext.RequestAborted);
            return body is null ? (null, BadRequest("missing-body", "request body must be a JSON object")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, JsonError(e));
        }
        catch (InvalidOperationException)
        {
            return (null, BadRequest("malformed-json", "request body could not be read as JSON"));
        }
    }

    /// <summary>A body the deserializer refused, said without its exception text (which names .NET types).</summary>
    public static IResult JsonError(JsonException e)
    {
        if (UnknownField().Match(e.Message) is { Success: true } unknown)
            return BadRequest("unknown-field", $"field '{unknown.Groups[1].Value}' is not a field of this request (names are camelCase, e.g. limitPrice)");
        var at = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
        return e.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? BadRequest("malformed-json", $"request body is nested deeper than {ApiInput.Strict.MaxDepth} levels")
            : BadRequest("malformed-json", $"request body is not valid JSON for this request{at}{(e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "")}");
    }

    /// <summary>Sends a message to its entity and maps the reply: accepted 200, rejected 422, no answer 504.</summary>
    public static async Task<IResult> SendAsync(EntityGateway gateway, IHiveMessage message)
    {
        var (reply, error) = await AskAsync(gateway, message);
        return error ?? ToResult(reply!);
    }

    /// <summary>Reads an entity's state; a state that has never recorded an event means the entity does not exist.</summary>
    public static async Task<IResult> QueryAsync(EntityGateway gateway, IHiveMessage query, string what, string id)
    {
        var (reply, error) = await AskAsync(gateway, query);
        if (error is not null) return error;
        return reply is IEntityState { Version: 0 }
            ? Error(StatusCodes.Status404NotFound, "not-found", $"{what} '{id}' does not exist")
            : ToResult(reply!);
    }

    private static IResult ToResult(object reply) => reply switch
    {
        CommandAccepted a => Results.Ok(a),
        CommandRejected r => Error(StatusCodes.Status422UnprocessableEntity, r.Code, r.Message),
        // Declared as object so System.Text.Json writes the runtime type's properties.
        IEntityState state => Results.Json((object)state),
        _ => Error(StatusCodes.Status500InternalServerError, "unexpected-reply", "the entity answered something this endpoint does not expect"),
    };

    public static async Task<(object? Reply, IResult? Error)> AskAsync(EntityGateway gateway, IHiveMessage message)
    {
        try
        {
            return (await gateway.Ask(message), null);
        }
        catch (AskTimeoutException)
        {
            return (null, Error(StatusCodes.Status504GatewayTimeout, "timeout",
                $"{EntityGateway.RegionOf(message)} entity did not answer within {EntityGateway.DefaultTimeout.TotalSeconds:0} s (journal down or entity restarting); retrying with the same ids is safe"));
        }
    }
}
