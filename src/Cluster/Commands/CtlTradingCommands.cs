using System.CommandLine;
using System.Globalization;
using Hive.Cluster.Ctl;
using Spectre.Console;
using static Hive.Cluster.Commands.CtlCommand;

namespace Hive.Cluster.Commands;

/// <summary>
/// The trading palettes of `hive ctl`: orders, account, strategy and fills, over the node's trading API.
/// Writes carry the admin token; an entity's refusal (insufficient buying power, an order that is no longer
/// working...) exits 1 with the API's code on stderr.
/// </summary>
public static class CtlTradingCommands
{
    public static Command Orders()
    {
        var orders = Palette("orders", "Orders: list, show, submit, cancel, replace. Orders are keyed by their client order id.",
            OrderList(), OrderShow(), OrderSubmit(), OrderCancel(), OrderReplace());
        orders.Aliases.Add("order");
        return orders;
    }

    public static Command Accounts()
    {
        var account = Palette("account", "Accounts: show balances and positions, open, deposit.", AccountShow(), AccountOpen(), AccountDeposit());
        account.Aliases.Add("accounts");
        return account;
    }

    public static Command Strategies()
    {
        var strategy = Palette("strategy", "Strategy instances: list, show, start from the catalog, stop.",
            StrategyList(), StrategyShow(), StrategyStart(), StrategyStop());
        strategy.Aliases.Add("strategies");
        return strategy;
    }

    public static Command Fills()
    {
        var (account, limit, before) = (AccountFilter(), Limit("How many fills, newest first.", 50), Before());
        var instrument = new Option<string?>("--instrument", "-i") { Description = "Only fills of this instrument (VENUE:SYMBOL)." };
        var order = new Option<string?>("--order", "-o") { Description = "Only fills of this client order id." };
        var fills = new Command("fills", "List fills (executions), newest first, optionally of one account, instrument or order.")
        {
            account, instrument, order, limit, before,
        };
        fills.SetAction(Run(async (p, c, r, ct) => r.Trading.Fills(await c.GetAsync(Listing("api/fills", p.GetValue(limit),
            ("account", p.GetValue(account)), ("instrument", p.GetValue(instrument)), ("order", p.GetValue(order)), ("before", p.GetValue(before))), ct))));
        return fills;
    }

    private static Command OrderList()
    {
        var (account, limit, before) = (AccountFilter(), Limit("How many orders, newest first.", 50), Before());
        var instrument = new Option<string?>("--instrument", "-i") { Description = "Only orders for this instrument (VENUE:SYMBOL)." };
        var status = new Option<string?>("--status", "-s") { Description = "Only orders in this status, e.g. Accepted, Filled, Cancelled." };
        var strategy = new Option<string?>("--strategy") { Description = "Only orders this strategy instance issued." };
        var list = new Command("list", "List orders, newest first by submission time: id, instrument, side, type, quantity, filled, average price, status, strategy.")
        {
            account, instrument, status, strategy, limit, before,
        };
        list.SetAction(Run(async (p, c, r, ct) => r.Trading.Orders(await c.GetAsync(Listing("api/orders", p.GetValue(limit),
            ("account", p.GetValue(account)), ("instrument", p.GetValue(instrument)), ("status", p.GetValue(status)),
            ("strategy", p.GetValue(strategy)), ("before", p.GetValue(before))), ct))));
        return list;
    }

    private static Command OrderShow()
    {
        var id = OrderId();
        var show = new Command("show", "Show one order: its request, status and fills.") { id };
        show.SetAction(Run(async (p, c, r, ct) => r.Trading.Order(await c.GetAsync($"api/orders/{Escape(p.GetValue(id))}", ct))));
        return show;
    }

    private static Command OrderSubmit()
    {
        var account = new Option<string>("--account", "-a") { Description = "Account that trades (must be open and funded).", Required = true };
        var instrument = new Option<string>("--instrument", "-i") { Description = "VENUE:SYMBOL, e.g. SIM:SPX or SIMX:BTC-USDT (see GET /api/instruments).", Required = true };
        var side = new Option<string>("--side") { Description = "buy or sell.", Required = true };
        side.AcceptOnlyFromAmong("buy", "sell");
        var quantity = new Option<decimal>("--quantity", "-q") { Description = "Quantity in the instrument's lots (shares, coins...).", Required = true };
        var type = new Option<string?>("--type", "-t")
        {
            Description = "market, limit, stop or stop-limit. Default: from the prices given (none: market).",
        };
        type.AcceptOnlyFromAmong("market", "limit", "stop", "stop-limit");
        var limitPrice = new Option<decimal?>("--limit-price") { Description = "Limit price (limit, stop-limit); must be on the instrument's tick." };
        var stopPrice = new Option<decimal?>("--stop-price") { Description = "Stop (trigger) price (stop, stop-limit)." };
        var tif = new Option<string?>("--tif") { Description = "Time in force: gtc (default), day, ioc or fok." };
        tif.AcceptOnlyFromAmong("gtc", "day", "ioc", "fok");
        var reference = new Option<decimal?>("--reference-price")
        {
            Description = "Price that sizes a market order's buying-power hold. Default: the venue's last price.",
        };
        var orderId = new Option<string?>("--id")
        {
            Description = "Client order id, the idempotency key: the same id sent twice is one order. Default: generated and printed.",
        };
        var noWait = new Option<bool>("--no-wait")
        {
            Description = "Return once the order is acknowledged, without waiting for the account's and venue's first answer.",
        };
        var submit = new Command("submit", "Submit an order. It is acknowledged once stored and then works through the account (buying-power hold), " +
            "the venue (fills against the instrument's bars; market orders at the next bar's open) and back. The command waits up to " +
            $"{OrderOutcome.Patience.TotalSeconds:0} s for the first answer (working, filled, or rejected: exit 1 with the code and why); " +
            "follow the order with `orders show`.")
        {
            account, instrument, side, quantity, type, limitPrice, stopPrice, tif, reference, orderId, noWait,
        };
        submit.SetAction(Run(async (p, c, r, ct) =>
        {
            var id = p.GetValue(orderId) ?? $"ctl-{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}";
            var (limit, stop) = (p.GetValue(limitPrice), p.GetValue(stopPrice));
            var orderType = p.GetValue(type) ?? (limit, stop) switch
            {
                (not null, not null) => "stop-limit",
                (null, not null) => "stop",
                (not null, null) => "limit",
                _ => "market",
            };
            var body = new
            {
                clientOrderId = id, accountId = p.GetValue(account), instrument = p.GetValue(instrument), side = p.GetValue(side),
                type = orderType, quantity = p.GetValue(quantity), limitPrice = limit, stopPrice = stop, timeInForce = p.GetValue(tif),
                referencePrice = p.GetValue(reference),
            };
            var reply = await c.PostAsync("api/orders", body, ct);
            r.Trading.Accepted(reply, $"order {id} submitted: {body.side} {Invariant(body.quantity)} {body.instrument} {orderType}" +
                                      $"{(stop is { } s ? $" stop {Invariant(s)}" : "")}{(limit is { } l ? $" @ {Invariant(l)}" : "")} " +
                                      $"for account {body.accountId}; see `hive ctl orders show {id}`");
            if (p.GetValue(noWait)) return;
            var outcome = await OrderOutcome.WaitAsync(c, id, OrderOutcome.Patience, ct);
            if (!r.Json) r.Console.WriteLine(outcome);
        }));
        return submit;
    }

    private static Command OrderCancel()
    {
        var (id, reason) = (OrderId(), Reason("cancelled via hive ctl"));
        var cancel = new Command("cancel", "Ask the venue to cancel a working order. Refused (exit 1, invalid-transition) once the order is filled, " +
            "cancelled or rejected; not-yet-working while the venue has not acknowledged it yet.") { id, reason };
        cancel.SetAction(Run(async (p, c, r, ct) =>
        {
            var order = p.GetValue(id)!;
            var reply = await c.PostAsync($"api/orders/{Escape(order)}/cancel", new { reason = p.GetValue(reason) }, ct);
            r.Trading.Accepted(reply, $"cancel of order {order} requested; the venue confirms it (see `hive ctl orders show {order}`)");
        }));
        return cancel;
    }

    private static Command OrderReplace()
    {
        var id = OrderId();
        var quantity = new Option<decimal?>("--quantity", "-q") { Description = "New total quantity (must exceed what is already filled)." };
        var limitPrice = new Option<decimal?>("--limit-price") { Description = "New limit price." };
        var stopPrice = new Option<decimal?>("--stop-price") { Description = "New stop price." };
        var replace = new Command("replace", "Change a working order's quantity and/or prices; the order keeps its id and its place.")
        {
            id, quantity, limitPrice, stopPrice,
        };
        replace.SetAction(Run(async (p, c, r, ct) =>
        {
            var order = p.GetValue(id)!;
            var body = new { quantity = p.GetValue(quantity), limitPrice = p.GetValue(limitPrice), stopPrice = p.GetValue(stopPrice) };
            if (body is { quantity: null, limitPrice: null, stopPrice: null })
                throw new CtlException(CtlExit.Usage, "replace needs at least one of --quantity, --limit-price, --stop-price");
            var reply = await c.PostAsync($"api/orders/{Escape(order)}/replace", body, ct);
            r.Trading.Accepted(reply, $"replace of order {order} requested; the venue confirms it (see `hive ctl orders show {order}`)");
        }));
        return replace;
    }

    private static Command AccountShow()
    {
        var id = AccountId();
        var show = new Command("show", "Show an account: per currency cash, equity, realized and unrealized P&L (positions marked at the venues' " +
            "last prices), fees, buying power; then positions and the holds of open orders.") { id };
        show.SetAction(Run(async (p, c, r, ct) => r.Trading.Account(await c.GetAsync($"api/accounts/{Escape(p.GetValue(id))}", ct))));
        return show;
    }

    private static Command AccountOpen()
    {
        var id = AccountId();
        var type = new Option<string?>("--type") { Description = "cash (default: buys are paid in full, no short sales) or margin." };
        type.AcceptOnlyFromAmong("cash", "margin");
        var leverage = new Option<decimal?>("--leverage") { Description = "Margin accounts only: buying power = equity x leverage (default 1)." };
        var open = new Command("open", "Open an account so it can take deposits and trade. Opening it again with the same settings changes nothing.")
        {
            id, type, leverage,
        };
        open.SetAction(Run(async (p, c, r, ct) =>
        {
            var account = p.GetValue(id)!;
            var reply = await c.PostAsync($"api/accounts/{Escape(account)}/open", new { type = p.GetValue(type), leverage = p.GetValue(leverage) }, ct);
            r.Trading.Accepted(reply, $"account {account} is open ({p.GetValue(type) ?? "cash"})");
        }));
        return open;
    }

    private static Command AccountDeposit()
    {
        var id = AccountId();
        var currency = new Option<string>("--currency", "-c") { Description = "Currency, e.g. USD or USDT.", Required = true };
        var amount = new Option<decimal>("--amount") { Description = "Positive amount.", Required = true };
        var transfer = new Option<string?>("--transfer-id")
        {
            Description = "Transfer id, the idempotency key: a repeat with the same id is paid in once. Default: generated and printed " +
                          "(give one to make a retry safe).",
        };
        var deposit = new Command("deposit", "Pay cash into an open account.") { id, currency, amount, transfer };
        deposit.SetAction(Run(async (p, c, r, ct) =>
        {
            var account = p.GetValue(id)!;
            var transferId = p.GetValue(transfer) ?? $"ctl-dep-{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}";
            var body = new { transferId, currency = p.GetValue(currency), amount = p.GetValue(amount) };
            var reply = await c.PostAsync($"api/accounts/{Escape(account)}/deposit", body, ct);
            r.Trading.Accepted(reply, $"deposited {Invariant(body.amount)} {body.currency} into account {account} (transfer {transferId})");
        }));
        return deposit;
    }

    private static Command StrategyList()
    {
        var list = new Command("list", "List strategy instances (running or stopped) and the catalog of kinds that can be started.");
        list.SetAction(Run(async (_, c, r, ct) => r.Trading.Strategies(await c.GetAsync("api/strategies", ct))));
        return list;
    }

    private static Command StrategyShow()
    {
        var id = StrategyId();
        var show = new Command("show", "Show one strategy instance.") { id };
        show.SetAction(Run(async (p, c, r, ct) => r.Trading.Strategy(await c.GetAsync($"api/strategies/{Escape(p.GetValue(id))}", ct))));
        return show;
    }

    private static Command StrategyStart()
    {
        var id = StrategyId();
        var kind = new Option<string>("--kind", "-k") { Description = "Catalog name, e.g. sma-cross (`strategy list` shows the catalog).", Required = true };
        var account = new Option<string>("--account", "-a") { Description = "Account the strategy trades for.", Required = true };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A parameter as key=value; repeat for more. sma-cross: instrument=SIM:SPX (required), fast, slow, quantity, cashFraction.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var start = new Command("start", "Start a strategy instance from the catalog. It trades on the bars its instruments' venues receive " +
            "and keeps running (on a surviving node after failover) until stopped.") { id, kind, account, parameters };
        start.SetAction(Run(async (p, c, r, ct) =>
        {
            var strategy = p.GetValue(id)!;
            var body = new { kind = p.GetValue(kind), accountId = p.GetValue(account), parameters = ParseParameters(p.GetValue(parameters) ?? []) };
            var reply = await c.PostAsync($"api/strategies/{Escape(strategy)}/start", body, ct);
            r.Trading.Accepted(reply, $"strategy {strategy} started: {body.kind} for account {body.accountId}");
        }));
        return start;
    }

    private static Command StrategyStop()
    {
        var (id, reason) = (StrategyId(), Reason("stopped via hive ctl"));
        var stop = new Command("stop", "Stop a strategy instance; its working orders are cancelled.") { id, reason };
        stop.SetAction(Run(async (p, c, r, ct) =>
        {
            var strategy = p.GetValue(id)!;
            var reply = await c.PostAsync($"api/strategies/{Escape(strategy)}/stop", new { reason = p.GetValue(reason) }, ct);
            r.Trading.Accepted(reply, $"strategy {strategy} stopped");
        }));
        return stop;
    }

    /// <summary>key=value pairs; a malformed one is a usage error naming it.</summary>
    public static Dictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new CtlException(CtlExit.Usage, $"--param '{pair}' is not key=value (e.g. --param instrument=SIM:SPX)");
            parameters[pair[..eq].Trim()] = pair[(eq + 1)..].Trim();
        }
        return parameters;
    }

    internal static string Listing(string path, int limit, params (string Name, string? Value)[] filters)
    {
        var query = string.Join("&", filters.Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}").Append($"limit={limit}"));
        return $"{path}?{query}";
    }

    private static Argument<string> OrderId() => new("id") { Description = "The client order id." };

    internal static Argument<string> AccountId() => new("id") { Description = "The account id." };

    private static Argument<string> StrategyId() => new("id") { Description = "The strategy instance id." };

    internal static Option<string?> AccountFilter() => new("--account", "-a") { Description = "Only this account's." };

    internal static Option<string?> Before() => new("--before") { Description = "Start after this cursor: the 'next' printed under the previous page." };

    internal static Option<int> Limit(string description, int fallback) => new("--limit", "-n") { Description = description, DefaultValueFactory = _ => fallback };

    private static Option<string> Reason(string fallback) => new("--reason") { Description = "Why (recorded with the order or strategy).", DefaultValueFactory = _ => fallback };

    internal static string Escape(string? id) => Uri.EscapeDataString(id ?? "");

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
