using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Hive.Cluster.Reports;
using Hive.Cluster.Security;
using Hive.Core.Portfolio;
using MathNet.Numerics.LinearAlgebra;

namespace Hive.Cluster.Http;

/// <summary>
/// <c>POST /api/portfolio/optimize</c>: the request of <c>hive portfolio optimize</c> as JSON (the fields of
/// <see cref="PortfolioRequest"/>, camel-cased) plus its data: <c>prices</c> (the wide CSV as text) or <c>cov</c>
/// (<c>{"assets": [...], "matrix": [[...]]}</c>), and optionally <c>benchmark</c> (CSV text date,price). Answers the
/// <see cref="PortfolioDocument"/>. A pure computation on the request's data: it reads nothing from the cluster and
/// needs no token. Unknown fields are refused by name, bad values with a 400 saying what is wrong.
/// </summary>
public static class PortfolioEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapPost("/api/portfolio/optimize", async (HttpRequest r) =>
        {
            JsonObject body;
            try
            {
                body = await JsonNode.ParseAsync(r.Body, cancellationToken: r.HttpContext.RequestAborted) as JsonObject
                       ?? throw new JsonException("the body must be a JSON object");
            }
            catch (JsonException e)
            {
                return ApiResults.BadRequest("malformed-json", $"request body is not a valid portfolio request: {e.Message}");
            }
            try
            {
                var prices = Take(body, "prices") is { } csv ? PriceTable.ParseCsv(Text(csv, "prices")) : null;
                var benchmark = Take(body, "benchmark") is { } bench ? PriceTable.ParseCsv(Text(bench, "benchmark")) : null;
                var (assets, matrix) = Take(body, "cov") is { } cov ? Covariance(cov) : (null, null);
                if (benchmark is not null && benchmark.Assets.Count != 1) throw new ArgumentException("benchmark: expected two columns date,price");
                var request = body.Deserialize<PortfolioRequest>(ApiInput.Strict) ?? new PortfolioRequest();
                var result = await Task.Run(() => PortfolioOptimizer.Optimize(request, new PortfolioInputs(prices, assets, matrix, benchmark)), r.HttpContext.RequestAborted);
                return Results.Json(PortfolioDocument.From(result));
            }
            catch (JsonException e)
            {
                return ApiResults.BadRequest("malformed-json", $"request body is not a valid portfolio request: {e.Message}");
            }
            catch (ArgumentException e)
            {
                return ApiResults.BadRequest("invalid-portfolio-request", e.Message);
            }
        }).RequireAccess(ApiAccess.Read);

    private static JsonNode? Take(JsonObject body, string name)
    {
        if (!body.TryGetPropertyValue(name, out var value)) return null;
        body.Remove(name);
        return value;
    }

    private static string Text(JsonNode node, string field) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new ArgumentException($"{field} must be CSV text (a JSON string)");

    private static (IReadOnlyList<string> Assets, Matrix<double> Matrix) Covariance(JsonNode node)
    {
        if (node is not JsonObject cov || cov["assets"] is not JsonArray names || cov["matrix"] is not JsonArray rows || cov.Count != 2)
            throw new ArgumentException("cov must be {\"assets\": [names], \"matrix\": [[numbers]]}");
        var assets = names.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new ArgumentException("cov.assets must be names")).ToList();
        if (rows.Count != assets.Count) throw new ArgumentException($"cov.matrix has {rows.Count} rows for {assets.Count} assets");
        var matrix = Matrix<double>.Build.Dense(assets.Count, assets.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not JsonArray row || row.Count != assets.Count) throw new ArgumentException($"cov.matrix row {i} must have {assets.Count} numbers");
            for (var j = 0; j < row.Count; j++)
                matrix[i, j] = row[j] is JsonValue v && v.TryGetValue<double>(out var x) ? x : throw new ArgumentException($"cov.matrix[{i}][{j}] is not a number");
        }
        return (assets, matrix);
    }
}
