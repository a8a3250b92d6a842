using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hive.Cluster.Commands.Data;
using Hive.Cluster.Reports;
using Hive.Core.MarketData;
using Hive.Core.Portfolio;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive portfolio optimize</c>: portfolio weights from prices (a wide CSV or lake symbols) or a covariance CSV. The
/// maths is <see cref="PortfolioOptimizer"/> in Hive.Core; this file only reads files and prints. Exit codes as
/// <c>hive backtest</c>: 0 done, 2 bad input (named in one line on stderr), 1 anything unexpected. See docs/portfolio.md.
/// </summary>
public static class PortfolioCommand
{
    public static Command Create()
    {
        var portfolio = new Command("portfolio", "Portfolio construction: mean-variance, HRP, risk parity and Black-Litterman weights, whole-lot allocation.");
        portfolio.Subcommands.Add(Optimize());
        return portfolio;
    }

    private static Command Optimize()
    {
        var lake = new LakeOptions();
        var method = Choice("--method", "How to choose the weights (described above)", "hrp", PortfolioRequest.Methods);
        var prices = new Option<string?>("--prices") { Description = "Wide CSV of prices: date, then one column per asset; empty cells where an asset has no price" };
        var data = new Option<string[]>("--data") { Description = "Daily bars per asset instead: lake symbols like SIM:SPX or bar CSV files, comma-separated", AllowMultipleArgumentsPerToken = true };
        var cov = new Option<string?>("--cov") { Description = "Square annualised covariance CSV (asset names as header and first column); weights from the matrix alone" };
        var returns = Choice("--returns", "Expected returns: mean (CAGR), ema (span 500), capm (beta to --benchmark or the equal-weighted assets)", null, PortfolioRequest.ReturnModels);
        var covModel = Choice("--cov-model", "Covariance: sample, semi (downside), exp (span 180), ledoit-wolf, oas, shrunk (fixed 0.2)", "sample", PortfolioRequest.CovarianceModels);
        var linkage = Choice("--linkage", "HRP clustering linkage (default single)", null, PortfolioRequest.Linkages);
        var riskFree = new Option<double>("--risk-free") { Description = "Annual risk-free rate for Sharpe ratios, max-sharpe and the market prior", DefaultValueFactory = _ => 0.02 };
        var targetVolatility = new Option<double?>("--target-volatility") { Description = "efficient-risk: the annual volatility to reach (highest return at it)" };
        var targetReturn = new Option<double?>("--target-return") { Description = "efficient-return: the annual return to reach (lowest volatility at it)" };
        var bounds = new Option<string?>("--bounds") { Description = "Weight bounds lo,hi for every asset (default 0,1: long only; -1,1 for long-short)" };
        var penalty = new Option<double>("--penalty") { Description = "L2 penalty gamma*|w|^2 added to min-volatility, efficient-risk and efficient-return (spreads weight)" };
        var budget = new Option<string?>("--budget") { Description = "risk-parity: risk budgets b1,b2,... one per asset, positive, summing to 1 (default equal)" };
        var prior = Choice("--prior", "black-litterman prior: market (needs --market-caps), equal, ema, mean, none (zero)", null, PortfolioRequest.Priors);
        var views = new Option<string?>("--views") { Description = "black-litterman views JSON: {\"absolute\": {\"AAPL\": 0.2}, \"relative\": [{\"long\": [\"GOOG\"], \"short\": [\"FB\"], \"return\": 0.1}], \"confidences\": [...]}" };
        var caps = new Option<string?>("--market-caps") { Description = "black-litterman market capitalisations JSON {\"AAPL\": 1.19e12, ...}, one per asset" };
        var benchmark = new Option<string?>("--benchmark") { Description = "Benchmark prices CSV (date,price): CAPM's market and the market-implied risk aversion" };
        var tau = new Option<double?>("--tau") { Description = "black-litterman uncertainty of the prior (default 0.05)" };
        var cash = new Option<decimal?>("--cash") { Description = "Cash to spend on whole lots at the latest prices (with --allocate)" };
        var allocate = new Option<bool>("--allocate") { Description = "Turn the weights into whole lots of --cash" };
        var allocation = Choice("--allocation", "Lot method: exact (integer optimum of |target - held| + leftover) or greedy", "exact", PortfolioRequest.AllocationMethods);
        var frequency = new Option<int>("--frequency") { Description = "Price periods per year (252 daily, 52 weekly, 12 monthly)", DefaultValueFactory = _ => ExpectedReturns.TradingDays };
        var json = new Option<string?>("--json") { Description = "Write {method, weights, performance, riskContributions, posteriorReturns, allocation} to this file" };
        var report = new Option<string?>("--report") { Description = "Folder for result.json and report.html (frontier, weights, risk contributions, HRP dendrogram)" };
        var command = new Command("optimize", """
            Portfolio weights, computed as PyPortfolioOpt does (simple returns, 252 periods a year, pandas' pairwise statistics
            for assets with different histories; see docs/portfolio.md). Prints the weights, each asset's share of the
            portfolio variance and the expected return, volatility and Sharpe ratio.
              hrp               hierarchical risk parity: cluster on correlation distance (--linkage), bisect by inverse variance
              min-volatility    lowest variance within --bounds
              max-sharpe        highest (return - risk-free) / volatility within --bounds
              efficient-risk    highest return at --target-volatility
              efficient-return  lowest volatility at --target-return
              risk-parity       each asset's share of the variance equals its --budget (equal by default)
              black-litterman   posterior returns from a --prior and --views, weights (delta Sigma)^-1 mu normalised
                                (delta from --benchmark, else 1; unconstrained, may be long-short)
            Options that do not apply to the method are refused by name.
            """);
        foreach (var option in new Option[] { method, prices, data, cov, returns, covModel, linkage, riskFree, targetVolatility, targetReturn, bounds, penalty,
                     budget, prior, views, caps, benchmark, tau, cash, allocate, allocation, frequency, json, report })
            command.Options.Add(option);
        lake.AddTo(command);
        command.SetAction((parse, ct) => BacktestCommand.RunAsync(parse, async output =>
        {
            var inputs = await InputsAsync(parse, lake, parse.GetValue(prices), parse.GetValue(data), parse.GetValue(cov), parse.GetValue(benchmark), ct);
            var request = new PortfolioRequest
            {
                Method = parse.GetValue(method)!,
                Returns = parse.GetValue(returns),
                CovModel = parse.GetValue(covModel)!,
                Linkage = parse.GetValue(linkage),
                RiskFree = parse.GetValue(riskFree),
                TargetVolatility = parse.GetValue(targetVolatility),
                TargetReturn = parse.GetValue(targetReturn),
                Bounds = parse.GetValue(bounds) is { } b ? Numbers("--bounds", b) : null,
                Penalty = parse.GetValue(penalty),
                Budget = parse.GetValue(budget) is { } text ? Numbers("--budget", text) : null,
                Prior = parse.GetValue(prior),
                Views = parse.GetValue(views) is { } viewsPath ? ReadJson("--views", viewsPath) : null,
                MarketCaps = parse.GetValue(caps) is { } capsPath ? MarketCaps(ReadJson("--market-caps", capsPath)) : null,
                Tau = parse.GetValue(tau),
                Cash = parse.GetValue(cash),
                Allocate = parse.GetValue(allocate),
                Allocation = parse.GetValue(allocation)!,
                Frequency = parse.GetValue(frequency),
            };
            var result = PortfolioOptimizer.Optimize(request, inputs);
            var document = PortfolioDocument.From(result);
            if (parse.GetValue(json) is { } jsonPath) await BacktestCommand.WriteJsonAsync(jsonPath, document, ct);
            if (parse.GetValue(report) is { } folder)
            {
                Directory.CreateDirectory(folder);
                await BacktestCommand.WriteJsonAsync(Path.Combine(folder, "result.json"), document, ct);
                await File.WriteAllTextAsync(Path.Combine(folder, "report.html"), PortfolioReportHtml.Render(result), ct);
            }
            Print(output, result);
            return 0;
        }));
        return command;
    }

    private static Option<string?> Choice(string name, string description, string? defaultValue, string[] allowed)
    {
        var option = new Option<string?>(name) { Description = description };
        if (defaultValue is not null) option.DefaultValueFactory = _ => defaultValue;
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    private static async Task<PortfolioInputs> InputsAsync(ParseResult parse, LakeOptions lake, string? prices, string[]? data, string? cov, string? benchmark, CancellationToken ct)
    {
        var sources = new[] { prices is not null, data is { Length: > 0 }, cov is not null }.Count(given => given);
        if (sources != 1) throw new ArgumentException("give exactly one of --prices FILE.csv, --data VENUE:SYMBOL,... or --cov FILE.csv");
        var bench = benchmark is null ? null : Table("--benchmark", benchmark, await ReadAsync("--benchmark", benchmark, ct));
        if (bench is not null && bench.Assets.Count != 1) throw new ArgumentException($"--benchmark {benchmark}: expected two columns date,price, found {bench.Assets.Count + 1}");
        if (cov is not null)
        {
            var (assets, matrix) = CovarianceCsv.Parse(await ReadAsync("--cov", cov, ct));
            return new PortfolioInputs(null, assets, matrix, bench);
        }
        if (prices is not null) return new PortfolioInputs(Table("--prices", prices, await ReadAsync("--prices", prices, ct)), Benchmark: bench);
        var series = new List<BarSeries>();
        foreach (var source in data!.SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            series.Add(await BarSources.ReadAsync(parse, lake, BarInterval.OneDay, source, refuseBadRows: true, ct));
        return new PortfolioInputs(PriceTable.FromCloses(series), Benchmark: bench);
    }

    private static async Task<string> ReadAsync(string option, string path, CancellationToken ct) =>
        File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : throw new FileNotFoundException($"{option} {path}: no such file");

    private static PriceTable Table(string option, string path, string text)
    {
        try
        {
            return PriceTable.ParseCsv(text);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{option} {path}: {e.Message}");
        }
    }

    private static JsonElement ReadJson(string option, string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{option} {path}: no such file");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{option} {path}: not valid JSON ({e.Message})");
        }
    }

    private static Dictionary<string, double> MarketCaps(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) throw new ArgumentException("--market-caps must be a JSON object {\"ASSET\": capitalisation, ...}");
        return json.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Number
            ? p.Value.GetDouble()
            : throw new ArgumentException($"--market-caps: {p.Name} is not a number"));
    }

    private static double[] Numbers(string option, string text) =>
        text.Split(',', StringSplitOptions.TrimEntries).Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"{option}: '{n}' is not a number")).ToArray();

    private static void Print(IAnsiConsole output, PortfolioResult result)
    {
        var table = new Table().Title(result.Method);
        table.AddColumn("asset").AddColumn(new TableColumn("weight").RightAligned()).AddColumn(new TableColumn("risk share").RightAligned());
        if (result.PosteriorReturns is not null) table.AddColumn(new TableColumn("posterior return").RightAligned());
        if (result.Allocation is not null) table.AddColumn(new TableColumn("lots").RightAligned());
        for (var i = 0; i < result.Assets.Count; i++)
        {
            var cells = new List<string> { Markup.Escape(result.Assets[i]), Pct(result.Weights[i]), Pct(result.RiskContributions[i]) };
            if (result.PosteriorReturns is not null) cells.Add(Pct(result.PosteriorReturns[i]));
            if (result.Allocation is not null) cells.Add(result.Allocation.Lots.GetValueOrDefault(result.Assets[i]).ToString(CultureInfo.InvariantCulture));
            table.AddRow(cells.ToArray());
        }
        output.Write(table);
        output.MarkupLine(Markup.Escape(result.Performance is { } p
            ? $"expected return {Pct(p.ExpectedReturn)}, volatility {Pct(p.Volatility)}, Sharpe {p.Sharpe.ToString("F3", CultureInfo.InvariantCulture)} (risk-free {Pct(result.RiskFree)})"
            : $"volatility {Pct(result.Volatility)} (no expected returns from a covariance alone)"));
        if (result.Allocation is { } a) output.MarkupLine(Markup.Escape($"leftover cash {a.Leftover.ToString("N2", CultureInfo.InvariantCulture)}"));
    }

    private static string Pct(double value) => BacktestCommand.Pct(Math.Abs(value) < 5e-13 ? 0 : value);
}
