using Hive.Actors.ReadModel;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Orders.BestExecution;
using Hive.Core.ReadModel;

namespace Hive.Cluster.Trading;

/// <summary>
/// Gathers what <see cref="BestExecutionReport.Build"/> sums from the read side: the orders submitted in the period (one index range,
/// at most <see cref="MaxOrders"/>), their fills, the tape of each instrument over their execution interval, and the submissions of
/// the parents owning any of them (each parent's first journal event). Nothing is replayed.
/// </summary>
public sealed class BestExecutionReader(ReadModelQueries queries, AlgoDirectory algos)
{
    public const int MaxOrders = 100_000;

    /// <summary>The report; null when the period holds more than <see cref="MaxOrders"/> orders.</summary>
    public async Task<BestExecutionReport?> ReportAsync(OrderQuery period, DateTime from, DateTime to, CancellationToken ct)
    {
        var page = await queries.OrdersAsync(period with { From = from, To = to, Before = null, Limit = MaxOrders }, ct);
        if (page.Next is not null) return null;
        var orders = page.Rows;
        var fills = await queries.FillsOfAsync(orders.Select(o => o.ClientOrderId).ToList(), ct);
        var tape = new List<FillRow>();
        foreach (var instrument in fills.SelectMany(f => f).GroupBy(f => f.InstrumentId))
            tape.AddRange(await queries.TapeAsync(instrument.Key, instrument.Min(f => f.ExecutedAt), instrument.Max(f => f.ExecutedAt), ct));
        var parents = await algos.SubmissionsAsync(orders.Select(o => o.StrategyId is { } s ? AlgoOwner.AlgoOf(s) : null).OfType<AlgoId>().Distinct(), ct);
        return BestExecutionReport.Build(orders, fills, tape, parents, from, to);
    }
}
