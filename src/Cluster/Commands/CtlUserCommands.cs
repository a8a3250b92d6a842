using System.CommandLine;
using Hive.Core.Security;
using static Hive.Cluster.Commands.CtlCommand;
using static Hive.Cluster.Commands.CtlTradingCommands;

namespace Hive.Cluster.Commands;

/// <summary>`hive ctl user`: the cluster's users and their API keys (admin keys only). `add` and `rotate` print the new key
/// once; the cluster keeps only its salted hash.</summary>
public static class CtlUserCommands
{
    public static Command Users() => Palette("user", "Users and their API keys: add, list, revoke, rotate (admin).", Add(), List(), Revoke(), Rotate());

    private static Argument<string> Name() => new("name") { Description = "The user's name (letters, digits, '-', '_', '.')." };

    private static Command Add()
    {
        var name = Name();
        var role = new Option<string>("--role", "-r") { Description = $"One of {RoleNames.All}.", Required = true };
        role.AcceptOnlyFromAmong([.. Enum.GetValues<ApiRole>().Select(RoleNames.Of)]);
        var accounts = new Option<string?>("--accounts", "-a") { Description = "Comma-separated accounts a viewer or trader is scoped to." };
        var add = new Command("add", "Add a user with a new key, printed once.") { name, role, accounts };
        add.SetAction(Run(async (p, c, r, ct) =>
        {
            var scope = (p.GetValue(accounts) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var reply = await c.PostAsync("api/admin/users", new { name = p.GetValue(name), role = p.GetValue(role), accounts = scope }, ct);
            r.Users.Changed(reply, $"user {p.GetValue(name)} added as {p.GetValue(role)}{(scope.Length > 0 ? $" on {string.Join(", ", scope)}" : "")}");
        }));
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "The users, their roles, accounts and key ids (never the keys).");
        list.SetAction(Run(async (_, c, r, ct) => r.Users.Users(await c.GetAsync("api/admin/users", ct))));
        return list;
    }

    private static Command Revoke()
    {
        var name = Name();
        var revoke = new Command("revoke", "Revoke a user: its key stops working on every node within about a second.") { name };
        revoke.SetAction(Run(async (p, c, r, ct) =>
            r.Users.Changed(await c.PostAsync($"api/admin/users/{Escape(p.GetValue(name))}/revoke", null, ct), $"user {p.GetValue(name)} revoked")));
        return revoke;
    }

    private static Command Rotate()
    {
        var name = Name();
        var rotate = new Command("rotate", "Give a user a new key (printed once); the old one stops working.") { name };
        rotate.SetAction(Run(async (p, c, r, ct) =>
            r.Users.Changed(await c.PostAsync($"api/admin/users/{Escape(p.GetValue(name))}/rotate", null, ct), $"user {p.GetValue(name)} has a new key")));
        return rotate;
    }
}
