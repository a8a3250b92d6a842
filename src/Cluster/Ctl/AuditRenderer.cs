using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>The audit trail's answers: a table of records, and the verdict of the chain check.</summary>
public sealed class AuditRenderer(CtlRenderer output)
{
    public void Records(JsonElement list)
    {
        if (output.Json) { output.Raw(list); return; }
        var table = new Table().AddColumns(new TableColumn("Chain").NoWrap(), new TableColumn("#").RightAligned(), new TableColumn("Time").NoWrap(),
            new TableColumn("User"), new TableColumn("Role"), new TableColumn("Action"), new TableColumn("Subject"), new TableColumn("Status").RightAligned());
        foreach (var a in Items(list, "records"))
            Row(table, Text(a, "chain"), Text(a, "sequence"), Text(a, "at"), Text(a, "user"), Text(a, "role"), Text(a, "action"), Text(a, "subject"), Text(a, "status"));
        output.Console.Write(table);
        output.Console.WriteLine($"{Text(list, "count")} record(s), oldest first");
    }

    public void Verified(JsonElement reply)
    {
        if (output.Json) { output.Raw(reply); return; }
        if (reply.GetProperty("intact").GetBoolean())
        {
            output.Console.WriteLine($"audit trail intact: {Text(reply, "records")} record(s), every hash and link checks");
            return;
        }
        foreach (var b in reply.GetProperty("breaks").EnumerateArray())
            output.Console.Profile.Out.Writer.WriteLine($"chain {Text(b, "chain")}: first bad record {Text(b, "sequence")}: {Text(b, "reason")}");
    }
}
