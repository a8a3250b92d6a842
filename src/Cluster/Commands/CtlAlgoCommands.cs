using System.CommandLine;
using System.Globalization;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Commands.CtlCommand;
using static Hive.Cluster.Commands.CtlTradingCommands;

namespace Hive.Cluster.Commands;

/// <summary>`hive ctl algo`: parent orders worked by execution algorithms on the node (submit, list, show, pause, resume,
/// cancel), over <c>/api/algos</c>. The algo id is the idempotency key: submitting the same again changes nothing.</summary>
public static class CtlAlgoCommands
{
    public static Command Algos()
    {
        var algo = Palette("algo", "Parent orders worked by an execution algorithm (twap, vwap, pov, iceberg, is): submit, list, show, pause, resume, cancel.",
            Submit(), List(), Show(), Action("pause", "Hold a parent: no child is sent until it is resumed."),
            Action("resume", "Carry on a paused parent; what became due meanwhile is sent at once."),
            Action("cancel", "Stop a parent for good; its working children are cancelled."));
        algo.Aliases.Add("algos");
        return algo;
    }

    private static Command Submit()
    {
        var id = AlgoId();
        var type = new Option<string>("--type", "-t") { Description = "The algorithm: twap, vwap, pov, iceberg or is.", Required = true };
        var account = new Option<string>("--account", "-a") { Description = "Account the children trade for.", Required = true };
        var instrument = new Option<string>("--instrument", "-i") { Description = "VENUE:SYMBOL.", Required = true };
        var side = new Option<string>("--side", "-s") { Description = "buy or sell.", Required = true };
        var quantity = new Option<decimal>("--quantity", "-q") { Description = "Total quantity, whole lots.", Required = true };
        var start = new Option<DateTime?>("--start") { Description = "Start of the window, UTC (default: when the node receives it)." };
        var end = new Option<DateTime?>("--end") { Description = "End of the window, UTC." };
        var duration = new Option<TimeSpan?>("--duration", "-d") { Description = "Instead of --end: the window's length from now (e.g. 00:10:00); a retry then asks for another window." };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "An algorithm parameter as key=value, as `hive execution simulate` takes it (slices=5, display=100, limit=4600, ...); repeat for more.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var submit = new Command("submit", "Submit a parent order; its children are ordinary orders {algo id}-{n}.")
        {
            id, type, account, instrument, side, quantity, start, end, duration, parameters,
        };
        submit.SetAction(Run(async (p, c, r, ct) =>
        {
            var until = p.GetValue(end)?.ToUniversalTime() ?? (p.GetValue(duration) is { } length ? DateTime.UtcNow + length
                : throw new CtlException(CtlExit.Usage, "give the window's end: --end TIME or --duration LENGTH"));
            var body = new
            {
                algoId = p.GetValue(id), type = p.GetValue(type), accountId = p.GetValue(account), instrument = p.GetValue(instrument),
                side = p.GetValue(side), quantity = p.GetValue(quantity), start = p.GetValue(start)?.ToUniversalTime(), end = until,
                parameters = ParseParameters(p.GetValue(parameters) ?? []),
            };
            var reply = await c.PostAsync("api/algos", body, ct);
            r.Trading.Accepted(reply, $"algo {body.algoId} submitted: {body.type} {body.side} {body.quantity.ToString(CultureInfo.InvariantCulture)} " +
                $"{body.instrument} until {until:O}");
        }));
        return submit;
    }

    private static Command List()
    {
        var (account, limit, before) = (AccountFilter(), Limit("How many parents, newest first.", 50), Before());
        var instrument = new Option<string?>("--instrument", "-i") { Description = "Only parents trading this instrument (VENUE:SYMBOL)." };
        var status = new Option<string?>("--status", "-s") { Description = "Only parents in this status: working, paused, completed, expired, cancelled." };
        var type = new Option<string?>("--type", "-t") { Description = "Only parents of this algorithm: twap, vwap, pov, iceberg or is." };
        var list = new Command("list", "List parent orders, newest first by submission time: type, account, filled, average price, slippage, status.")
        {
            account, instrument, status, type, limit, before,
        };
        list.SetAction(Run(async (p, c, r, ct) => r.Algos.Algos(await c.GetAsync(Listing("api/algos", p.GetValue(limit),
            ("account", p.GetValue(account)), ("instrument", p.GetValue(instrument)), ("status", p.GetValue(status)),
            ("type", p.GetValue(type)), ("before", p.GetValue(before))), ct))));
        return list;
    }

    private static Command Show()
    {
        var id = AlgoId();
        var show = new Command("show", "Show a parent's progress (filled, remaining, average price, slippage vs arrival) and its children.") { id };
        show.SetAction(Run(async (p, c, r, ct) => r.Algos.Algo(await c.GetAsync($"api/algos/{Escape(p.GetValue(id))}", ct))));
        return show;
    }

    private static Command Action(string verb, string description)
    {
        var id = AlgoId();
        var reason = new Option<string>("--reason") { Description = "Why (recorded with the parent).", DefaultValueFactory = _ => $"{verb} via hive ctl" };
        var command = new Command(verb, description) { id };
        if (verb != "resume") command.Options.Add(reason);
        command.SetAction(Run(async (p, c, r, ct) =>
        {
            var algo = p.GetValue(id)!;
            var reply = await c.PostAsync($"api/algos/{Escape(algo)}/{verb}", verb == "resume" ? null : new { reason = p.GetValue(reason) }, ct);
            r.Trading.Accepted(reply, $"algo {algo}: {verb} accepted");
        }));
        return command;
    }

    private static Argument<string> AlgoId() => new("id") { Description = "The algo id (the client's idempotency key)." };
}
