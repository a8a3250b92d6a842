using System.Collections.Immutable;
using Hive.Core.Orders;

namespace Hive.Core.Surveillance;

/// <summary>
/// Marking the close: aggressive (taker) buying or selling concentrated in a session's last minutes that moves the closing
/// price. A session runs up to the daily close time; a trade after it belongs to the next day's session. The close is the
/// last trade price of the session in the instrument (any account); the reference is the last trade price before the
/// closing window (or, when nothing traded before it, the first in it). Only Hive's own fills are seen, so "the close" is
/// the last price Hive traded at, not the exchange's official close.
/// </summary>
public sealed class MarkingTheCloseDetector(MarkingTheCloseParameters parameters) : ISurveillanceDetector
{
    public const string Name = "marking-the-close";

    public IEnumerable<SurveillanceAlert> Detect(SurveillanceInput input)
    {
        var sessions = input.Trades.GroupBy(t => (t.Instrument, Close: SessionClose(t.ExecutedAt)))
            .OrderBy(g => g.Key.Instrument.ToString(), StringComparer.Ordinal).ThenBy(g => g.Key.Close);
        foreach (var session in sessions)
        {
            var trades = session.OrderBy(t => t.ExecutedAt).ThenBy(t => t.TradeId.Value, StringComparer.Ordinal).ToList();
            var windowStart = session.Key.Close - parameters.ClosingWindow;
            var inWindow = trades.Where(t => t.ExecutedAt >= windowStart).ToList();
            if (inWindow.Count == 0) continue;
            var reference = trades.LastOrDefault(t => t.ExecutedAt < windowStart)?.Price ?? inWindow[0].Price;
            var close = trades[^1].Price;
            if (reference == 0m) continue;
            foreach (var account in inWindow.Select(t => t.Account).Distinct().OrderBy(a => a.Value, StringComparer.Ordinal))
                if (Judge(account.Value, session.Key.Close, trades, windowStart, reference, close) is { } alert) yield return alert;
        }
    }

    private DateTime SessionClose(DateTime executedAt)
    {
        var close = executedAt.Date + parameters.SessionCloseUtc;
        return executedAt < close ? close : close.AddDays(1);
    }

    private SurveillanceAlert? Judge(string account, DateTime sessionClose, List<SurveilledTrade> trades, DateTime windowStart,
        decimal reference, decimal close)
    {
        var own = trades.Where(t => t.Account.Value == account).ToList();
        var aggressive = own.Where(t => t.ExecutedAt >= windowStart && t.Liquidity == LiquiditySide.Taker).ToList();
        if (aggressive.Select(t => t.OrderId).Distinct().Count() < parameters.MinAggressiveOrders) return null;
        var concentration = aggressive.Sum(t => t.Quantity) / own.Sum(t => t.Quantity);
        var net = aggressive.Sum(t => t.Side == OrderSide.Buy ? t.Quantity : -t.Quantity);
        if (concentration < parameters.MinConcentration || net == 0m) return null;
        var moveBps = (close - reference) / reference * 10_000m * Math.Sign(net);
        if (moveBps < parameters.MinMoveBps) return null;
        var direction = net > 0 ? "bought" : "sold";
        return new SurveillanceAlert($"{Name}:{account}:{trades[0].Instrument}:{sessionClose:yyyyMMdd}", Name, [account],
            trades[0].Instrument.ToString(), new SurveillanceScope("account", account).ToString(), aggressive[0].ExecutedAt, aggressive[^1].ExecutedAt,
            "close-move-bps", Math.Round(moveBps, 4),
            $"{account} {direction} {Math.Abs(net)} aggressively in the last {parameters.ClosingWindow.TotalMinutes:0} minutes " +
            $"({concentration:P0} of its session) and the close moved {moveBps:0.#} bp its way ({reference} to {close})",
            aggressive.Select(AlertEvidence.Of).ToList(),
            ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal>
            {
                ["reference-price"] = reference, ["close-price"] = close,
                ["concentration"] = Math.Round(concentration, 4), ["net-quantity"] = net,
                ["aggressive-orders"] = aggressive.Select(t => t.OrderId).Distinct().Count(),
            }));
    }
}
