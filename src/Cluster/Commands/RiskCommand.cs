using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hive.Cluster.Commands.Data;
using Hive.Cluster.Ctl;
using Hive.Core.MarketData;
using Hive.Core.Risk;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive risk var</c>: value at risk and CVaR of one instrument or a weighted portfolio, from CSV files or the lake.
/// The arithmetic is <see cref="ValueAtRisk"/> in Hive.Core; this file only wires options. Exit codes as
/// <c>hive backtest</c>: 0 done, 2 bad input (named in one line on stderr), 1 anything unexpected. See docs/risk.md.
/// </summary>
public static class RiskCommand
{
    private static readonly string[] Methods = ["historical", "parametric", "cornish-fisher", "monte-carlo"];

    public static Command Create()
    {
        var risk = new Command("risk", "Risk analytics of an instrument or a portfolio on daily bars from CSV files or the lake.");
        risk.Subcommands.Add(Var());
        risk.Subcommands.Add(Stress());
        return risk;
    }

    private static Command Var()
    {
        var lake = new LakeOptions();
        var data = new Option<string[]>("--data")
        {
            Description = "CSV file(s) of daily bars (header date,open,high,low,close,volume) or lake symbol(s) like SIM:SPX; one per instrument",
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var weights = new Option<string?>("--weights") { Description = "Portfolio weights w1,w2,... one per --data, finite, not summing to zero (default: equal)" };
        var confidence = new Option<string>("--confidence") { Description = "Confidence level(s) c in (0, 1)", DefaultValueFactory = _ => "0.95,0.99" };
        var horizon = new Option<int>("--horizon") { Description = "Horizon h in days, at least 1", DefaultValueFactory = _ => 1 };
        var method = new Option<string>("--method") { Description = "How to estimate (described above)", DefaultValueFactory = _ => "historical" };
        var simulations = new Option<int>("--simulations") { Description = "Monte Carlo paths", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Monte Carlo seed: the same seed gives the same result", DefaultValueFactory = _ => 1 };
        var json = new Option<string?>("--json") { Description = "Write {method, observations, horizonDays, results: [{confidence, var, cvar}]} to this file" };
        method.AcceptOnlyFromAmong(Methods);
        var command = new Command("var", """
            Value at risk and CVaR (expected shortfall) of the simple daily returns of the close, as positive fractions of value
            (a 3% loss is 0.03; the table shows percentages). Several --data make a portfolio: its daily return is sum(w_i * r_i)
            on the dates all instruments share; "observations" counts those daily returns. Statistics are in double precision.
              historical      over the T returns sorted ascending, VaR = -(k-th return) with k = ceil((1 - c) * T), 1-based,
                              no interpolation; CVaR = -(mean of the k worst). For h > 1 the returns are the T = n - h + 1
                              overlapping h-day returns prod(1 + r) - 1.
              parametric      normal: mean mu and sample standard deviation sigma (divisor n - 1) of the daily returns,
                              z = normal quantile at 1 - c; VaR = -(mu*h + z*sigma*sqrt(h)), CVaR = -mu*h + sigma*sqrt(h)*pdf(z)/(1 - c).
              cornish-fisher  parametric with z -> z + (z^2-1)S/6 + (z^3-3z)K/24 - (2z^3-5z)S^2/36, S = m3/m2^1.5 and
                              K = m4/m2^2 - 3 from the biased central moments m_k = mean((r - mean)^k), not rescaled with h.
                              CVaR is the mean of the expansion's quantiles beyond the VaR:
                              -mu*h + sigma*sqrt(h)*pdf(z)/(1 - c) * [1 + zS/6 + (z^2-1)K/24 - (2z^2-1)S^2/36].
              monte-carlo     --simulations h-day returns per instrument from a normal with the sample mean*h and covariance*h
                              of the joint daily returns (Cholesky), portfolio sum(w_i * r_i), then the historical rules;
                              deterministic for a --seed.
            """);
        foreach (var option in new Option[] { data, weights, confidence, horizon, method, simulations, seed, json }) command.Options.Add(option);
        lake.AddTo(command);
        command.SetAction((parse, ct) => BacktestCommand.RunAsync(parse, async output =>
        {
            var series = new List<BarSeries>();
            foreach (var source in parse.GetValue(data)!.SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                series.Add(await BarSources.ReadAsync(parse, lake, BarInterval.OneDay, source, refuseBadRows: true, ct));
            var returns = JointReturns.FromCloses(series);
            var w = parse.GetValue(weights) is { } text ? Numbers("--weights", text) : returns.EqualWeights();
            var levels = Numbers("--confidence", parse.GetValue(confidence)!);
            var (name, h) = (parse.GetValue(method)!, parse.GetValue(horizon));
            var results = name switch
            {
                "historical" => ValueAtRisk.Historical(returns.Portfolio(w), levels, h),
                "parametric" => ValueAtRisk.Parametric(returns.Portfolio(w), levels, h),
                "cornish-fisher" => ValueAtRisk.CornishFisher(returns.Portfolio(w), levels, h),
                _ => ValueAtRisk.MonteCarlo(returns, w, levels, h, parse.GetValue(simulations), parse.GetValue(seed)),
            };
            if (parse.GetValue(json) is { } path)
                await BacktestCommand.WriteJsonAsync(path, new { Method = name, Observations = returns.Count, HorizonDays = h, Results = results }, ct);
            var table = new Table();
            foreach (var column in new[] { "method", "observations", "horizon", "confidence", "VaR", "CVaR" }) table.AddColumn(column);
            foreach (var r in results)
                table.AddRow(name, returns.Count.ToString("N0", CultureInfo.InvariantCulture), $"{h} d", r.Confidence.ToString("0.###%", CultureInfo.InvariantCulture),
                    BacktestCommand.Pct(r.Var), BacktestCommand.Pct(r.Cvar));
            output.Write(table);
            output.MarkupLine($"[grey]{Markup.Escape(string.Join(", ", series.Select((s, i) => $"{s.Instrument} x {w[i].ToString(CultureInfo.InvariantCulture)}")))}: " +
                              $"daily returns {returns.Dates[0]:yyyy-MM-dd} to {returns.Dates[^1]:yyyy-MM-dd}[/]");
            return 0;
        }));
        return command;
    }

    /// <summary><c>hive risk stress --account A</c>: the node's stress tests of the account (<c>GET /api/risk/{account}/stress</c>),
    /// through the same client, key and exit codes as <c>hive ctl</c>; <c>--positions FILE</c>: the same report of the positions and
    /// cash a file gives, marked and replayed from the lake (a folder or S3), with no node.</summary>
    private static Command Stress()
    {
        var account = new Option<string?>("--account", "-a") { Description = "The account whose positions the node stresses." };
        var positions = new Option<string?>("--positions")
        {
            Description = "Instead of --account, no node: a JSON ({\"positions\": [{\"instrument\", \"quantity\", \"mark\"}], \"cash\": {\"USD\": 5000}}) or " +
                          "CSV (header instrument,quantity[,mark]; a cash:USD line holds cash in its quantity) file of positions; a position " +
                          "without a mark is marked at the lake's last daily close (the lake a folder or s3://bucket/prefix)",
        };
        var lake = new LakeOptions();
        var window = new Option<string[]>("--window")
        {
            Description = "Historical window(s) FROM..TO (UTC dates, e.g. 2008-09-15..2008-10-15) instead of the defaults (lehman-2008, covid-2020)",
            AllowMultipleArgumentsPerToken = true,
        };
        var shock = new Option<string?>("--shock") { Description = "Shock sizes per asset class, class:fraction,... (default stock:0.2,crypto:0.4,forex:0.1)" };
        var command = new Command("stress", """
            Stress tests of positions as they are now: an account's, marked at the venues' last prices and computed by the node
            (--account), or a file's, marked at their given prices or the lake's last daily close and computed here (--positions;
            its instruments must be in the catalog, which gives their asset class and currency; a bad row is refused naming
            its line or index and the field). A historical window replays each instrument's daily closes from the window's first
            close to its last on the position (a stock without history of its own there follows SIM:SPX, which falls back to the
            bundled S&P 500 without a lake; a position nothing covers is not moved): the P&L at the window's end, the worst P&L
            on any date and the worst drawdown (largest fall from the highest value so far). The shocks move every position of
            an asset class down (shock-down) and up (shock-up) by its size at once. Amounts are in each position's currency,
            one row per currency; cash (the account's, or the file's) is in no scenario's moves, but gives each currency's equity
            (cash plus positions) and the worst P&L as a share of it.
            """) { account, positions, window, shock, CtlCommand.Node, CtlCommand.Json, CtlCommand.Token, CtlCommand.DataDir };
        lake.AddTo(command);
        var onNode = CtlCommand.Run(async (p, c, r, ct) =>
        {
            var query = (p.GetValue(window) ?? []).Select(w => $"window={Uri.EscapeDataString(w)}").ToList();
            if (p.GetValue(shock) is { } sizes) query.Add($"shock={Uri.EscapeDataString(sizes)}");
            var path = $"api/risk/{Uri.EscapeDataString(p.GetValue(account)!)}/stress" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
            r.Risk.Stress(await c.GetAsync(path, ct));
        });
        command.SetAction((p, ct) => (p.GetValue(account), p.GetValue(positions)) switch
        {
            (not null, null) => onNode(p, ct),
            (null, { } file) => BacktestCommand.RunAsync(p, async output =>
            {
                var view = await PositionsStress.RunAsync(file, lake.OpenStore(p), StressScenario.Choose(p.GetValue(window), p.GetValue(shock)), ct);
                new CtlRenderer(output, p.GetValue(CtlCommand.Json)).Risk.Stress(JsonSerializer.SerializeToElement(view, JsonSerializerOptions.Web));
                return 0;
            }),
            _ => BacktestCommand.RunAsync(p, _ => throw new ArgumentException("give --account A (the node stresses the account) or --positions FILE (no node), one of them")),
        });
        return command;
    }

    private static double[] Numbers(string option, string text) =>
        text.Split(',', StringSplitOptions.TrimEntries).Select(n => double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{option}: '{n}' is not a number (write e.g. 0.95,0.99)")).ToArray();
}
