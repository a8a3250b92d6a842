using Hive.Actors.Entities;
using Hive.Cluster.Trading;
using Hive.Core.Risk;
using Hive.Data.Storage;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive risk stress --positions FILE</c>: the node's stress report (<see cref="AccountStressView"/>) of the positions and cash a
/// file gives (<see cref="PositionsFile"/>), with no node. Each position is marked at its row's mark or else the lake's last daily
/// close (<see cref="RiskHistory"/>, as the node reads it, from a folder or S3: SIM:SPX falls back to the bundled S&amp;P 500), its
/// asset class and currency are the catalog's, and the scenarios run as on the node (<see cref="RiskHistory.StressAsync"/>).
/// </summary>
public static class PositionsStress
{
    public static async Task<AccountStressView> RunAsync(string file, IObjectStore lake, IReadOnlyList<StressScenario> scenarios, CancellationToken ct)
    {
        var history = new RiskHistory(lake);
        var catalog = TradingSettings.Default.Catalog;
        var book = PositionsFile.Read(file);
        var positions = new List<MarkedPosition>();
        foreach (var row in book.Positions.OrderBy(r => r.Instrument.ToString(), StringComparer.Ordinal))
        {
            if (!catalog.TryGet(row.Instrument, out var listed))
                throw new ArgumentException($"{file}: {row.Row}, instrument: {row.Instrument} is not in the instrument catalog");
            var daily = row.Mark is null ? await history.DailyAsync(row.Instrument, null, null, ct) : null;
            var mark = row.Mark ?? (daily!.Count > 0 ? (decimal)daily.Close[^1] : throw new ArgumentException(
                $"{file}: {row.Row}, mark: missing, and the lake ({lake.Location}) has no daily bars of {row.Instrument} to mark it at"));
            positions.Add(new MarkedPosition(row.Instrument, listed.AssetClass, listed.QuoteCurrency, row.Quantity, mark));
        }
        return new AccountStressView(Path.GetFileName(file), DateTime.UtcNow, positions.Count, await history.StressAsync(positions, book.Cash, scenarios, ct));
    }
}
