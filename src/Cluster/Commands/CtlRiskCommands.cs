using System.CommandLine;
using static Hive.Cluster.Commands.CtlCommand;
using static Hive.Cluster.Commands.CtlTradingCommands;

namespace Hive.Cluster.Commands;

/// <summary>
/// `hive ctl risk`: an account's pre-trade limits (show, set), its trading state (halt, reduce, resume), its default
/// self-trade prevention and the kill switches (engage, release, list), over the node's risk API. Writes carry the admin token; a refusal (a limit that is
/// not positive, a resume of an account that was never halted, a kill switch engaged twice) exits 1 with the API's code.
/// </summary>
public static class CtlRiskCommands
{
    // The limits `risk limits set` takes: option name, the JSON field of RiskLimits, what it limits.
    private static readonly (string Option, string Field, string Description)[] LimitOptions =
    [
        ("--max-order-quantity", "maxOrderQuantity", "Most units in one order."),
        ("--max-order-notional", "maxOrderNotional", "Most quote currency one order may commit (quantity x price)."),
        ("--price-collar", "priceCollar", "Largest distance of a limit or stop price from the venue's last price, a fraction (0.1 = 10%)."),
        ("--max-open-orders", "maxOpenOrders", "Most orders open at once (a whole number)."),
        ("--max-position-quantity", "maxPositionQuantity", "Largest position in one instrument, in units."),
        ("--max-position-notional", "maxPositionNotional", "Largest position in one instrument, in quote currency."),
        ("--max-orders-per-second", "maxOrdersPerSecond", "Most orders taken within any second of event time (a whole number)."),
        ("--max-gross-exposure", "maxGrossExposure", "Largest gross exposure as a multiple of equity (account level only)."),
        ("--max-net-exposure", "maxNetExposure", "Largest net exposure as a multiple of equity (account level only)."),
        ("--daily-loss-limit", "dailyLossLimit", "Most equity lost within one UTC day, in each currency (account level only)."),
        ("--max-drawdown", "maxDrawdown", "Largest fall of equity from its high-water mark, a fraction (account level only)."),
    ];

    public static Command Risk() => Palette("risk", "Pre-trade risk: limits, trading state (halt, reduce, resume) and kill switches.",
        Show(),
        Palette("limits", "An account's pre-trade limits.", LimitsShow(), LimitsSet()),
        State("halt", "halted", "Halt an account (or one strategy on it): nothing new is taken and its working orders are cancelled."),
        State("reduce", "reducing", "Let an account (or one strategy on it) only reduce positions."),
        State("resume", "active", "Resume trading on a halted or reducing account (or strategy). Refused for one that is active."),
        SelfTradePrevention(), Kill(), KillSwitches(), Breakers());

    private static Command LimitsShow()
    {
        var id = AccountId();
        var show = new Command("show", "Show an account's limits (the defaults while it has none of its own), their narrowing per strategy and " +
            "instrument, its trading state and how much of the count limits is used.") { id };
        show.SetAction(Run(async (p, c, r, ct) => r.Risk.Limits(await c.GetAsync($"api/risk/{Escape(p.GetValue(id))}", ct))));
        return show;
    }

    private static Command Show()
    {
        var id = AccountId();
        var show = new Command("show", "Show an account's risk: its limits and their use, its trading state, its exposure by asset class and " +
            "instrument at the venues' last prices, and the one-day historical VaR and CVaR of its positions at 95% and 99% (in money, " +
            "over the last 250 daily returns its instruments share in the lake).") { id };
        show.SetAction(Run(async (p, c, r, ct) => r.Risk.Show(await c.GetAsync($"api/risk/{Escape(p.GetValue(id))}", ct))));
        return show;
    }

    private static Command LimitsSet()
    {
        var id = AccountId();
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Narrow the limits for this strategy instance only." };
        var instrument = new Option<string?>("--instrument", "-i") { Description = "Narrow the limits for this instrument (VENUE:SYMBOL) only." };
        var breach = new Option<string?>("--loss-breach-state")
        {
            Description = "Where a breach of the daily loss limit or the drawdown takes the account: reducing or halted (default halted).",
        };
        breach.AcceptOnlyFromAmong("reducing", "halted");
        var limits = LimitOptions.Select(l => new Option<decimal?>(l.Option) { Description = l.Description }).ToList();
        var set = new Command("set", "Set the limits of an account, or narrow them for one strategy or instrument. Replaces that level's " +
            "limits: give every limit it should have (a limit not given is no limit at that level; an account never given limits trades " +
            "under the defaults). Every limit must be positive.") { id, strategy, instrument, breach };
        foreach (var option in limits) set.Options.Add(option);
        set.SetAction(Run(async (p, c, r, ct) =>
        {
            var account = p.GetValue(id)!;
            var body = new Dictionary<string, object>();
            for (var i = 0; i < limits.Count; i++)
                if (p.GetValue(limits[i]) is { } value) body[LimitOptions[i].Field] = value;
            if (p.GetValue(breach) is { } state) body["lossBreachState"] = state;
            var (s, instr) = (p.GetValue(strategy), p.GetValue(instrument));
            var level = s is not null ? $"?strategy={Escape(s)}" : instr is not null ? $"?instrument={Escape(instr)}" : "";
            var reply = await c.PutAsync($"api/risk/{Escape(account)}/limits{level}", body, ct);
            r.Trading.Accepted(reply, $"limits of account {account}{(s is not null ? $" for strategy {s}" : instr is not null ? $" on {instr}" : "")} set: " +
                                      (body.Count == 0 ? "none" : string.Join(", ", body.Select(kv => $"{kv.Key} {kv.Value}"))));
        }));
        return set;
    }

    private static Command State(string verb, string state, string description)
    {
        var id = AccountId();
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Only this strategy instance on the account." };
        var (reason, by) = (Reason(), By());
        var command = new Command(verb, description) { id, strategy, reason, by };
        command.SetAction(Run(async (p, c, r, ct) =>
        {
            var account = p.GetValue(id)!;
            var s = p.GetValue(strategy);
            var reply = await c.PostAsync($"api/risk/{Escape(account)}/{verb}", new { reason = p.GetValue(reason), strategy = s, by = p.GetValue(by) }, ct);
            r.Trading.Accepted(reply, $"{(s is null ? "" : $"strategy {s} on ")}account {account} is {state}");
        }));
        return command;
    }

    private static Command SelfTradePrevention()
    {
        var id = AccountId();
        var mode = new Argument<string>("mode")
        {
            Description = "none, expire-taker, expire-maker, expire-both, decrement, or venue-default (clears the account's default).",
        };
        mode.AcceptOnlyFromAmong("none", "expire-taker", "expire-maker", "expire-both", "decrement", "venue-default");
        var command = new Command("self-trade-prevention", "Set what the paper venue does when two orders of this account would trade with " +
            "each other, for its orders that choose no mode of their own (an order's own mode wins): expire-taker cancels the incoming " +
            "order, expire-maker the resting ones, expire-both both, decrement shrinks both by what they would have traded. Persisted " +
            "with the account; shown by `risk limits show`.") { id, mode };
        command.SetAction(Run(async (p, c, r, ct) =>
        {
            var (account, chosen) = (p.GetValue(id)!, p.GetValue(mode)!);
            var reply = await c.PutAsync($"api/risk/{Escape(account)}/self-trade-prevention", new { mode = chosen }, ct);
            r.Trading.Accepted(reply, $"self-trade prevention of account {account}: {chosen}");
        }));
        return command;
    }

    private static Command Kill()
    {
        var account = new Option<string?>("--account", "-a") { Description = "Kill one account: halt it, cancel its working orders, stop its strategies." };
        var strategy = new Option<string?>("--strategy", "-s") { Description = "Kill one strategy instance: stop it and cancel its working orders." };
        var all = new Option<bool>("--all") { Description = "Kill the whole cluster: every account halts, every strategy stops." };
        var release = new Option<bool>("--release")
        {
            Description = "Release the switch instead: accounts that start later no longer halt under it (what it halted stays halted until resumed).",
        };
        var (reason, by) = (Reason(), By());
        var kill = new Command("kill", "Engage a kill switch (one of --account, --strategy, --all): every working order in its scope is cancelled " +
            "and its strategies stop. Recorded with who and why; the cluster-wide switch is persisted and holds across restarts. Engaging a " +
            "switch that is engaged is refused (kill-switch-engaged).") { account, strategy, all, release, reason, by };
        kill.SetAction(Run(async (p, c, r, ct) =>
        {
            var (a, s, everything) = (p.GetValue(account), p.GetValue(strategy), p.GetValue(all));
            var scope = a is not null ? $"account {a}" : s is not null ? $"strategy {s}" : "the cluster";
            var path = p.GetValue(release) ? "api/risk/kill/release" : "api/risk/kill";
            var reply = await c.PostAsync(path, new { all = everything ? true : (bool?)null, account = a, strategy = s, reason = p.GetValue(reason), by = p.GetValue(by) }, ct);
            r.Trading.Accepted(reply, p.GetValue(release) ? $"kill switch of {scope} released" : $"kill switch of {scope} engaged");
        }));
        return kill;
    }

    private static Command KillSwitches()
    {
        var list = new Command("kill-switches", "List the engaged kill switches: scope, who, why, when.");
        list.SetAction(Run(async (_, c, r, ct) => r.Risk.KillSwitches(await c.GetAsync("api/risk/kill-switches", ct))));
        return list;
    }

    private static Command Breakers()
    {
        var list = new Command("breakers", "List the instruments' circuit breakers: trading or halted (until when, why), and the rule of their " +
            "asset class (a move beyond the band within the window halts trading for the cool-off, on market-data time).");
        list.SetAction(Run(async (_, c, r, ct) => r.Risk.Breakers(await c.GetAsync("api/risk/breakers", ct))));
        return list;
    }

    private static Option<string> Reason() => new("--reason") { Description = "Why (recorded with the change).", Required = true };

    private static Option<string> By() =>
        new("--by") { Description = "Who (recorded with the change). Default: ctl:<user name>.", DefaultValueFactory = _ => $"ctl:{Environment.UserName}" };
}
