using System.CommandLine;
using static Hive.Cluster.Commands.CtlCommand;
using static Hive.Cluster.Commands.CtlTradingCommands;

namespace Hive.Cluster.Commands;

/// <summary>
/// `hive surveillance [host:port] alerts|owners|owner` (also `hive ctl surveillance ...`): the trade-surveillance alerts a
/// node stored and the account owners map its detectors judge by, over the node's API (address, token and exit codes as
/// `hive ctl`).
/// </summary>
public static class SurveillanceCommand
{
    public static Command Create()
    {
        var command = Palette();
        foreach (var option in new Option[] { CtlCommand.Node, Json, Token, CtlCommand.Ca, DataDir }) command.Options.Add(option);
        return command;
    }

    /// <summary>The palette without the connection options, for `hive ctl`, whose own options are recursive.</summary>
    public static Command Palette() => CtlCommand.Palette("surveillance",
        "Trade surveillance: wash trades, spoofing and layering, order-to-trade and cancel ratios, marking the close, Benford's law.",
        Alerts(), Owners(), Owner());

    private static Command Alerts()
    {
        var account = new Option<string?>("--account", "-a") { Description = "Only alerts naming this account." };
        var detector = new Option<string?>("--detector", "-d") { Description = "Only this detector's alerts (wash-trade, spoofing, ...)." };
        var limit = new Option<int>("--limit", "-n") { Description = "How many, newest first.", DefaultValueFactory = _ => 100 };
        var alerts = new Command("alerts", "List stored alerts, newest detection first, with their statistic and evidence.") { account, detector, limit };
        alerts.SetAction(Run(async (p, c, r, ct) =>
        {
            var query = $"api/surveillance/alerts?limit={p.GetValue(limit)}" +
                        (p.GetValue(account) is { } a ? $"&account={Escape(a)}" : "") + (p.GetValue(detector) is { } d ? $"&detector={Escape(d)}" : "");
            r.Surveillance.Alerts(await c.GetAsync(query, ct));
        }));
        return alerts;
    }

    private static Command Owners()
    {
        var owners = new Command("owners", "List the accounts assigned to an owner (an account not listed is its own owner).");
        owners.SetAction(Run(async (_, c, r, ct) => r.Surveillance.Owners(await c.GetAsync("api/surveillance/owners", ct))));
        return owners;
    }

    private static Command Owner()
    {
        var id = AccountId();
        var owner = new Argument<string>("owner") { Description = "The beneficial owner: accounts of one owner are watched together." };
        var set = new Command("set", "Assign an account to an owner.") { id, owner };
        set.SetAction(Run(async (p, c, r, ct) =>
        {
            var reply = await c.PutAsync($"api/surveillance/owners/{Escape(p.GetValue(id))}", new { owner = p.GetValue(owner) }, ct);
            r.Message(reply, $"account {p.GetValue(id)} is owned by {p.GetValue(owner)}");
        }));
        return CtlCommand.Palette("owner", "Assign accounts to owners.", set);
    }
}
