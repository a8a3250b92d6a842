using System.Globalization;
using System.Text.Json;

namespace Hive.Cluster.Tests.Portfolio;

/// <summary>POST /api/portfolio/optimize on a real node: the same request and answer as the CLI, strict about its fields.</summary>
public sealed class PortfolioApiSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Portfolio", "Data");

    private Task<(int Status, JsonElement Body)> PostAsync(object body) =>
        node.SendAsync(node.Post("api/portfolio/optimize", JsonSerializer.Serialize(body)));

    [Fact]
    public async Task Hrp_on_the_reference_prices_answers_pyportfolioopts_weights()
    {
        var prices = await File.ReadAllTextAsync(Path.Combine(Data, "stock_prices.csv"));
        var (status, body) = await PostAsync(new { method = "hrp", linkage = "single", prices });

        Assert.Equal(200, status);
        Assert.Equal("hrp", body.GetProperty("method").GetString());
        foreach (var line in File.ReadAllLines(Path.Combine(Data, "weights_hrp.csv")).Skip(1))
        {
            var cells = line.Split(',');
            var expected = double.Parse(cells[1], CultureInfo.InvariantCulture);
            Assert.Equal(expected, body.GetProperty("weights").GetProperty(cells[0]).GetDouble(), 1e-9 * expected);
        }
        Assert.Equal(1.084579081272277, body.GetProperty("performance").GetProperty("sharpe").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Risk_parity_on_a_covariance_with_a_budget_answers_the_hand_worked_weights()
    {
        var (status, body) = await PostAsync(new { method = "risk-parity", cov = new { assets = new[] { "A", "B" }, matrix = new[] { new[] { 0.04, 0 }, new[] { 0, 0.09 } } }, budget = new[] { 0.8, 0.2 } });

        Assert.Equal(200, status);
        Assert.Equal(0.75, body.GetProperty("weights").GetProperty("A").GetDouble(), 1e-9);
        Assert.Equal(0.8, body.GetProperty("riskContributions").GetProperty("A").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task An_unknown_field_and_a_bad_value_are_400s_naming_them()
    {
        var cov = new { assets = new[] { "A", "B" }, matrix = new[] { new[] { 0.04, 0 }, new[] { 0, 0.09 } } };
        var (status, body) = await PostAsync(new { method = "min-volatility", cov, bouds = new[] { 0, 1 } });
        Assert.Equal(400, status);
        Assert.Equal("malformed-json", body.GetProperty("code").GetString());
        Assert.Contains("bouds", body.GetProperty("message").GetString());

        (status, body) = await PostAsync(new { method = "risk-parity", cov, budget = new[] { 0.5, 0.6 } });
        Assert.Equal(400, status);
        Assert.Equal("invalid-portfolio-request", body.GetProperty("code").GetString());
        Assert.Contains("not 1", body.GetProperty("message").GetString());

        (status, body) = await PostAsync(new { method = "sharpest", cov });
        Assert.Equal(400, status);
        Assert.Contains("method: 'sharpest' is not one of", body.GetProperty("message").GetString());
    }
}
