using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.ReadModel;

namespace Hive.Core.Orders.BestExecution;

/// <summary>
/// Execution quality of the orders submitted in [<see cref="From"/>, <see cref="To"/>) (their submission time), summed up per venue ×
/// instrument × order type, and for the parents among their owners per venue × instrument × algorithm (a parent counts the
/// children it submitted in the period). Built from the read side's rows alone: each order's arrival price (the venue's last
/// price at its submission), fills and fees; a parent's arrival price and quantity from its submission. The interval VWAP of an
/// order (or parent) is the VWAP of the <paramref name="tape"/> — every fill booked in the instrument, any account's — executed
/// from its first fill to its last (venue time, the fills' own clock), so it includes the order's own fills.
/// </summary>
public sealed record BestExecutionReport(DateTime From, DateTime To, IReadOnlyList<BestExecutionRow> Rows)
{
    private const int BpsDecimals = 4;

    /// <summary>The summary of <paramref name="orders"/>, whose fills are in <paramref name="fills"/>; <paramref name="tape"/> holds the
    /// fills of their instruments over their execution intervals, <paramref name="parents"/> the parents owning any of them.</summary>
    public static BestExecutionReport Build(IReadOnlyList<OrderRow> orders, ILookup<ClientOrderId, FillRow> fills, IReadOnlyList<FillRow> tape,
        IReadOnlyDictionary<AlgoId, ParentSubmission> parents, DateTime from, DateTime to)
    {
        if (to <= from) throw new ArgumentException($"the period's end {to:O} is not after its start {from:O}");
        var tapes = tape.GroupBy(f => f.InstrumentId).ToDictionary(g => g.Key, g => g.OrderBy(f => f.ExecutedAt).ThenBy(f => f.SortKey).ToList());
        var rows = Summarise(BestExecutionRow.OrderGroup, orders.Select(o => (Unit.Of(o, fills[o.ClientOrderId].ToList()), Lower(o.Type))), tapes);
        var children = orders.Where(o => o.StrategyId is { } owner && AlgoOwner.AlgoOf(owner) is { } algo && parents.ContainsKey(algo))
            .GroupBy(o => AlgoOwner.AlgoOf(o.StrategyId!.Value)!.Value);
        var parentUnits = children.Select(c => (Unit.Of(parents[c.Key], c.ToList(), fills), parents[c.Key].Kind));
        rows.AddRange(Summarise(BestExecutionRow.ParentGroup, parentUnits, tapes));
        return new BestExecutionReport(from, to, rows);
    }

    private static List<BestExecutionRow> Summarise(string group, IEnumerable<(Unit Unit, string Type)> units, Dictionary<InstrumentId, List<FillRow>> tapes) =>
        units.GroupBy(u => (u.Unit.Instrument, u.Type))
            .OrderBy(g => g.Key.Instrument.Venue, StringComparer.Ordinal).ThenBy(g => g.Key.Instrument.Symbol, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Type, StringComparer.Ordinal)
            .Select(g => Row(group, g.Key.Instrument, g.Key.Type, g.Select(u => u.Unit).ToList(), tapes)).ToList();

    private static BestExecutionRow Row(string group, InstrumentId instrument, string type, List<Unit> units, Dictionary<InstrumentId, List<FillRow>> tapes)
    {
        var (quantity, filled) = (units.Sum(u => u.Quantity), units.Sum(u => u.Filled));
        var notional = units.Sum(u => u.Filled * u.AveragePrice);
        var fees = units.Sum(u => u.Fees);
        var traded = units.Where(u => u.Filled > 0m).ToList();
        var tape = tapes.GetValueOrDefault(instrument) ?? [];
        var times = units.Where(u => u.FilledAt is not null).Select(u => u.FilledAt!.Value - u.SubmittedAt).Order().ToList();
        return new BestExecutionRow(group, instrument.Venue, instrument.ToString(), type, units.Count, quantity, filled,
            quantity == 0m ? 0m : filled / quantity,
            Weighted(traded.Select(u => (u, u.Arrival))),
            Weighted(traded.Select(u => (u, Vwap(tape, u.FirstFill, u.LastFill)))),
            notional == 0m ? null : Math.Round(fees / notional * 10_000m, BpsDecimals), fees,
            Percentile(times, 0.50m), Percentile(times, 0.95m));
    }

    /// <summary>The filled-quantity-weighted mean slippage against each unit's benchmark, over the units that have one.</summary>
    private static decimal? Weighted(IEnumerable<(Unit Unit, decimal? Benchmark)> units)
    {
        decimal weighted = 0m, weight = 0m;
        foreach (var (u, benchmark) in units)
        {
            if (benchmark is not { } b || b <= 0m) continue;
            weighted += u.Filled * u.Sign * (u.AveragePrice - b) / b * 10_000m;
            weight += u.Filled;
        }
        return weight == 0m ? null : Math.Round(weighted / weight, BpsDecimals);
    }

    private static decimal? Vwap(List<FillRow> tape, DateTime first, DateTime last)
    {
        decimal value = 0m, volume = 0m;
        foreach (var f in tape)
        {
            if (f.ExecutedAt < first) continue;
            if (f.ExecutedAt > last) break;
            value += f.Quantity * f.Price;
            volume += f.Quantity;
        }
        return volume == 0m ? null : value / volume;
    }

    /// <summary>Nearest rank: the smallest time at least <paramref name="p"/> of the times are at or below, in seconds.</summary>
    private static decimal? Percentile(List<TimeSpan> sorted, decimal p) =>
        sorted.Count == 0 ? null : (decimal)sorted[(int)Math.Ceiling(p * sorted.Count) - 1].Ticks / TimeSpan.TicksPerSecond;

    private static string Lower(OrderType type) => type.ToString().ToLowerInvariant();

    /// <summary>One order, or one parent with its children: what it was to trade, what it traded at what price and fee, its benchmark,
    /// its execution interval (venue time) and, when it filled completely, when its last fill was recorded.</summary>
    private sealed record Unit(InstrumentId Instrument, int Sign, decimal Quantity, decimal Filled, decimal AveragePrice, decimal Fees,
        decimal? Arrival, DateTime FirstFill, DateTime LastFill, DateTime SubmittedAt, DateTime? FilledAt)
    {
        public static Unit Of(OrderRow o, List<FillRow> fills) => new(o.InstrumentId, o.Side.Sign(), o.Quantity, o.FilledQuantity, o.AverageFillPrice,
            o.Fees, o.ArrivalPrice, fills.Count == 0 ? default : fills.Min(f => f.ExecutedAt), fills.Count == 0 ? default : fills.Max(f => f.ExecutedAt),
            o.CreatedAt, o.Status == OrderStatus.Filled ? o.UpdatedAt : null);

        public static Unit Of(ParentSubmission parent, List<OrderRow> children, ILookup<ClientOrderId, FillRow> fills)
        {
            var all = children.SelectMany(c => fills[c.ClientOrderId]).ToList();
            var filled = children.Sum(c => c.FilledQuantity);
            return new Unit(children[0].InstrumentId, children[0].Side.Sign(), parent.Quantity, filled,
                filled == 0m ? 0m : children.Sum(c => c.FilledQuantity * c.AverageFillPrice) / filled, children.Sum(c => c.Fees), parent.ArrivalPrice,
                all.Count == 0 ? default : all.Min(f => f.ExecutedAt), all.Count == 0 ? default : all.Max(f => f.ExecutedAt), parent.SubmittedAt,
                filled >= parent.Quantity ? children.Max(c => c.UpdatedAt) : null);
        }
    }
}
