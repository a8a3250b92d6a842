using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Accounts;
using Hive.Core.Venues;

namespace Hive.Core.Backtesting;

/// <summary>
/// Replays bars through a strategy with the very classes paper trading uses: a <see cref="PaperTradingHost"/> driving
/// one <see cref="PaperVenue"/> per venue name and an <see cref="AccountState"/> (see docs/backtesting.md).
/// Bars of all feeds are merged in time order (open time; ties go to the lower instrument id), so the strategy only
/// ever sees the past; completed higher-timeframe bars (<see cref="BacktestSettings.ExtraIntervals"/>) are handed to
/// the strategy right after the last base bar they contain. Equity is recorded once per distinct bar time, after
/// every bar of that time. Single-threaded and deterministic: the same inputs give the same result, fill for fill.
/// </summary>
public sealed class BacktestEngine
{
    private static readonly AccountId BacktestAccount = new("backtest");
    private static readonly StrategyId BacktestStrategy = new("bt");

    public BacktestEngine(BacktestSettings? settings = null)
    {
        Settings = settings ?? BacktestSettings.Default;
        Settings.Validate();
    }

    public BacktestSettings Settings { get; }

    /// <summary>Builds a catalog strategy by name. When the strategy declares an <c>instrument</c> (or <c>instruments</c>)
    /// parameter that is not given, the first feed's id (or every feed's) is filled in.</summary>
    public BacktestResult Run(string strategy, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<BacktestFeed> feeds)
    {
        if (feeds.Count == 0) throw new ArgumentException("a backtest needs at least one feed of bars", nameof(feeds));
        var descriptor = StrategyCatalog.Describe(strategy);
        var completed = new Dictionary<string, string>(parameters, StringComparer.Ordinal);
        if (descriptor.Parameters.Any(p => p.Name == "instrument") && !completed.ContainsKey("instrument"))
            completed["instrument"] = feeds[0].Instrument.Id.ToString();
        if (descriptor.Parameters.Any(p => p.Name == "instruments") && !completed.ContainsKey("instruments"))
            completed["instruments"] = string.Join(",", feeds.Select(f => f.Instrument.Id.ToString()));
        var built = StrategyCatalog.Create(strategy, completed);
        var known = feeds.Select(f => f.Instrument.Id).ToHashSet();
        foreach (var needed in built.Instruments)
            if (!known.Contains(needed))
                throw new ArgumentException($"{strategy} trades {needed} but the data has only {string.Join(", ", known)}");
        return Run(built.Strategy, strategy, completed, feeds);
    }

    public BacktestResult Run(IStrategy strategy, string name, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<BacktestFeed> feeds)
    {
        if (feeds.Count == 0) throw new ArgumentException("a backtest needs at least one feed of bars", nameof(feeds));
        foreach (var feed in feeds) feed.Validate();
        if (feeds.Select(f => f.Instrument.Id).Distinct().Count() != feeds.Count)
            throw new ArgumentException("each instrument may appear in only one feed", nameof(feeds));
        if (feeds.All(f => f.Bars.Count == 0)) throw new ArgumentException("the feeds hold no bars (is the date range empty?)", nameof(feeds));

        // Ties in time go to the lower instrument id: order the feeds once, then the merge keeps the first minimum.
        var ordered = feeds.OrderBy(f => f.Instrument.Id.ToString(), StringComparer.Ordinal).ToArray();
        var currency = Settings.Currency ?? feeds[0].Instrument.QuoteCurrency;
        var host = CreateHost(strategy, ordered, currency);
        var recorder = new BacktestRecorder(ordered, currency, Settings.InitialCash);
        var higher = HigherTimeframes.For(ordered, Settings.ExtraIntervals);

        if (ordered.Length == 1) RunSingle(host, strategy, recorder, ordered[0], higher);
        else RunMerged(host, strategy, recorder, ordered, higher);
        host.Stop();

        return recorder.Finish(host, name, parameters, feeds.Select(f => f.Instrument.Id.ToString()).ToList(), Settings);
    }

    private PaperTradingHost CreateHost(IStrategy strategy, BacktestFeed[] feeds, string currency)
    {
        var venues = new Dictionary<string, PaperVenue>(StringComparer.Ordinal);
        foreach (var feed in feeds)
        {
            var venueName = feed.Instrument.Id.Venue;
            if (!venues.TryGetValue(venueName, out var venue)) venues[venueName] = venue = new PaperVenue(venueName, Settings.FillModel);
            venue.AddInstrument(feed.Instrument);
        }
        var start = feeds.Where(f => f.Bars.Count > 0).Min(f => f.Bars.TimeAt(0));
        var account = AccountState.Empty(BacktestAccount);
        account = Fold(account, account.Decide(new OpenAccount(BacktestAccount, Settings.AccountType, Settings.Leverage), start));
        account = Fold(account, account.Decide(new DepositFunds(BacktestAccount, "initial-cash", currency, Settings.InitialCash), start));
        if (Settings.RiskLimits is { } limits) account = Fold(account, account.Decide(new Risk.SetRiskLimits(BacktestAccount, limits), start));
        return new PaperTradingHost(strategy, BacktestStrategy, account, venues.Values, Settings.ReserveFeeRate, feeds.Select(f => f.Bars));
    }

    // The one-instrument loop: no merge, one bar object per bar, equity recorded straight from the recorder's cache.
    private static void RunSingle(PaperTradingHost host, IStrategy strategy, BacktestRecorder recorder, BacktestFeed feed, HigherTimeframes? higher)
    {
        var series = feed.Bars;
        for (var i = 0; i < series.Count; i++)
        {
            var bar = DecimalPrices.ToBar(series, i);
            host.OnBar(bar);
            higher?.Deliver(host, strategy, 0, i);
            recorder.OnBar(0, bar.Close);
            recorder.Record(host, bar.CloseTime);
        }
    }

    private static void RunMerged(PaperTradingHost host, IStrategy strategy, BacktestRecorder recorder, BacktestFeed[] feeds, HigherTimeframes? higher)
    {
        var cursors = new int[feeds.Length];
        while (true)
        {
            var next = -1;
            var nextTime = long.MaxValue;
            for (var f = 0; f < feeds.Length; f++)
            {
                var series = feeds[f].Bars;
                if (cursors[f] < series.Count && series.Times[cursors[f]] < nextTime)
                {
                    nextTime = series.Times[cursors[f]];
                    next = f;
                }
            }
            if (next < 0) break;
            // Every bar opening at this time, in instrument order, then one equity point.
            var closeTime = DateTime.MinValue;
            for (var f = next; f < feeds.Length; f++)
            {
                var series = feeds[f].Bars;
                var i = cursors[f];
                if (i >= series.Count || series.Times[i] != nextTime) continue;
                var bar = DecimalPrices.ToBar(series, i);
                host.OnBar(bar);
                higher?.Deliver(host, strategy, f, i);
                recorder.OnBar(f, bar.Close);
                if (bar.CloseTime > closeTime) closeTime = bar.CloseTime;
                cursors[f] = i + 1;
            }
            recorder.Record(host, closeTime);
        }
    }

    private static AccountState Fold(AccountState state, Hive.Core.Domain.Decision<IAccountEvent> decision)
    {
        if (decision.Rejection is { } refused) throw new InvalidOperationException($"backtest account setup was refused: {refused}");
        foreach (var e in decision.Events) state = state.Apply(e);
        return state;
    }
}
