using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>The user directory's answers: a table of users, or a new key shown once.</summary>
public sealed class UserRenderer(CtlRenderer output)
{
    public void Users(JsonElement list)
    {
        if (output.Json) { output.Raw(list); return; }
        var table = new Table().AddColumns(new TableColumn("User").NoWrap(), new TableColumn("Role"), new TableColumn("Accounts"),
            new TableColumn("Key id").NoWrap(), new TableColumn("Created"), new TableColumn("By"), new TableColumn("Revoked"));
        foreach (var u in Items(list, "users"))
            Row(table, Text(u, "name"), Text(u, "role"), string.Join(",", u.GetProperty("accounts").EnumerateArray().Select(a => a.GetString())),
                Text(u, "keyId"), Text(u, "createdAt"), Text(u, "createdBy"), Text(u, "revokedAt"));
        output.Console.Write(table);
        output.Console.WriteLine($"{Text(list, "count")} user(s)");
    }

    /// <summary>A change of one user; a new key is printed on its own last line, the only time anyone sees it.</summary>
    public void Changed(JsonElement reply, string done)
    {
        if (output.Json) { output.Raw(reply); return; }
        output.Console.WriteLine(done);
        if (reply.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
        {
            output.Console.WriteLine("key (shown once; store it now, e.g. in a file for --token-file):");
            output.Console.Profile.Out.Writer.WriteLine(key.GetString());
        }
    }
}
