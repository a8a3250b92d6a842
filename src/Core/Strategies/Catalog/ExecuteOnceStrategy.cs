using System.Globalization;
using Hive.Core.Algos;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// <c>execute-once</c>: hands one target to an execution algorithm on its first bar of the instrument and does nothing
/// else, so a backtest or a node shows a strategy's parent order worked end to end (docs/strategies.md).
/// </summary>
public sealed class ExecuteOnceStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "execute-once";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Hands one target to an execution algorithm on its first bar, then waits.",
        "At the close of the first bar of the instrument, hand quantity units (side buy or sell) to the execution algorithm " +
        "algo for the next duration, with the algorithm's parameters in algoParameters; send nothing else.",
        [
            StandardParameters.Instrument,
            new("side", "buy", "buy or sell"),
            new("quantity", "100", "units handed to the algorithm, positive"),
            new("algo", "twap", "the execution algorithm by name: " + string.Join(", ", ExecutionCatalog.Names)),
            new("duration", "00:30:00", "the window's length from the first bar's close (hh:mm:ss), positive"),
            new("algoParameters", "", "the algorithm's parameters as name=value pairs separated by commas, e.g. slices=4"),
        ],
        a =>
        {
            var instrument = a.Instrument();
            var side = a.Text("side") switch
            {
                "buy" => OrderSide.Buy,
                "sell" => OrderSide.Sell,
                var other => throw new ArgumentException($"parameter side must be buy or sell, got '{other}'"),
            };
            var algo = a.Text("algo");
            ExecutionCatalog.Summary(algo);
            var target = new StrategyExecution(instrument, side, a.Decimal("quantity"), algo, ParseParameters(a.Text("algoParameters")),
                Duration(a.Text("duration")));
            return new CatalogStrategy(new ExecuteOnceStrategy(target), [instrument]);
        });

    public ExecuteOnceStrategy(StrategyExecution target)
    {
        Target = target.Quantity > 0m ? target : throw new ArgumentOutOfRangeException(nameof(target), target.Quantity, "quantity must be positive");
    }

    public StrategyExecution Target { get; }

    /// <summary>What the host answered, once handed over.</summary>
    public ExecutionTicket? Ticket { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (bar.Instrument != Target.InstrumentId || Ticket is not null) return;
        Ticket = context.Execute(Target);
    }

    private static TimeSpan Duration(string text) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) && duration > TimeSpan.Zero
            ? duration
            : throw new ArgumentException($"parameter duration must be a positive hh:mm:ss, got '{text}'");

    private static Dictionary<string, string> ParseParameters(string text)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = pair.IndexOf('=');
            if (at <= 0) throw new ArgumentException($"parameter algoParameters must be name=value pairs, got '{pair}'");
            parameters[pair[..at].Trim()] = pair[(at + 1)..].Trim();
        }
        return parameters;
    }
}
