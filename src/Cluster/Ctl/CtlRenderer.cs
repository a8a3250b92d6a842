using System.Text.Json;
using Spectre.Console;

namespace Hive.Cluster.Ctl;

/// <summary>Turns management-endpoint JSON into tables for people (or prints it as-is with --json).</summary>
public sealed class CtlRenderer(IAnsiConsole console, bool json)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public IAnsiConsole Console => console;

    public bool Json => json;

    public void Raw(JsonElement e) => console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(e, Indented));

    public void Members(JsonElement view)
    {
        if (json) { Raw(view); return; }
        var table = new Table().AddColumns(new TableColumn("Address").NoWrap(), new TableColumn("Status"), new TableColumn("Roles").NoWrap(),
            new TableColumn("Reachable"), new TableColumn("Leader"), new TableColumn("Self"));
        foreach (var m in view.GetProperty("members").EnumerateArray())
        {
            Row(table, Text(m, "address"), Text(m, "status"), string.Join(",", m.GetProperty("roles").EnumerateArray().Select(r => r.GetString())),
                Flag(m, "reachable"), Flag(m, "isLeader"), Flag(m, "isSelf"));
        }

        console.Write(table);
    }

    public void Status(JsonElement view)
    {
        if (json) { Raw(view); return; }
        var members = view.GetProperty("members").EnumerateArray().ToList();
        var self = members.FirstOrDefault(m => m.GetProperty("isSelf").GetBoolean());
        var selfStatus = self.ValueKind == JsonValueKind.Object ? Text(self, "status") : "not a member";
        console.WriteLine($"node {Text(view, "self")} is {selfStatus}; {members.Count} member(s): " +
                          string.Join(", ", members.GroupBy(m => Text(m, "status")).Select(g => $"{g.Count()} {g.Key}")) +
                          $"; {view.GetProperty("unreachable").GetArrayLength()} unreachable; leader {Leader(view)}");
    }

    public void Leader(JsonElement view, bool fromMembers)
    {
        if (json) { Raw(view); return; }
        console.WriteLine(fromMembers ? Leader(view) : Text(view, "leader"));
    }

    public void Regions(JsonElement view)
    {
        if (json) { Raw(view); return; }
        var table = new Table().AddColumns("Region", "Shards", "Entities", "Nodes");
        foreach (var r in view.GetProperty("regions").EnumerateArray())
            Row(table, Text(r, "region"), Text(r, "shards"), Text(r, "entities"), r.GetProperty("nodes").GetArrayLength().ToString());
        console.Write(table);
    }

    public void RegionStats(JsonElement region)
    {
        if (json) { Raw(region); return; }
        var table = new Table().Title($"region {Text(region, "region")}").AddColumns("Node", "Shard", "Entities");
        foreach (var node in region.GetProperty("nodes").EnumerateArray())
        foreach (var shard in node.GetProperty("entitiesPerShard").EnumerateObject())
            Row(table, Text(node, "address"), shard.Name, shard.Value.ToString());
        console.Write(table);
        console.WriteLine($"{Text(region, "shards")} shard(s), {Text(region, "entities")} entit(ies)");
    }

    public void Hierarchy(JsonElement roots)
    {
        if (json) { Raw(roots); return; }
        foreach (var root in roots.EnumerateArray())
        {
            var tree = new Tree(Markup.Escape(Text(root, "path")));
            AddChildren(tree.AddNode, root);
            console.Write(tree);
        }
    }

    public void Log(JsonElement lines)
    {
        if (json) { Raw(lines); return; }
        foreach (var l in lines.EnumerateArray())
            console.Profile.Out.Writer.WriteLine($"{Text(l, "timestamp")} [{Text(l, "level")}] {Text(l, "source")}: {Text(l, "message")}");
    }

    public void Entity(JsonElement state, string title)
    {
        if (json) { Raw(state); return; }
        var table = new Table().Title(Markup.Escape(title)).AddColumns("Field", "Value");
        foreach (var p in state.EnumerateObject())
            Row(table, p.Name, Describe(p.Value));
        console.Write(table);
    }

    public void Account(JsonElement state)
    {
        if (json) { Raw(state); return; }
        var reserved = state.GetProperty("reservedBuyingPower").EnumerateObject()
            .GroupBy(r => r.Value.GetProperty("currency").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value.GetProperty("amount").GetDecimal()));
        var table = new Table().Title($"account {Markup.Escape(Text(state, "accountId"))} (version {Text(state, "version")})")
            .AddColumns("Currency", "Cash", "Reserved", "Available");
        foreach (var c in state.GetProperty("cash").EnumerateObject())
        {
            var cash = c.Value.GetDecimal();
            var held = reserved.GetValueOrDefault(c.Name);
            Row(table, c.Name, cash.ToString("N2"), held.ToString("N2"), (cash - held).ToString("N2"));
        }

        console.Write(table);
        console.WriteLine($"{state.GetProperty("reservedBuyingPower").EnumerateObject().Count()} open order reservation(s)");
    }

    public void Message(JsonElement result, string text)
    {
        if (json) { Raw(result); return; }
        console.WriteLine(text);
    }

    private void AddChildren(Func<string, TreeNode> add, JsonElement node)
    {
        foreach (var child in node.GetProperty("children").EnumerateArray())
        {
            var childNode = add(Markup.Escape(Text(child, "name")));
            AddChildren(childNode.AddNode, child);
        }
    }

    /// <summary>Adds a row of plain text (Spectre would otherwise read '[' in values as markup).</summary>
    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => Markup.Escape(c)).ToArray());

    private static string Leader(JsonElement view) =>
        view.TryGetProperty("leader", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "(none)";

    private static string Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) ? Describe(v) : "";

    private static string Flag(JsonElement e, string property) => e.GetProperty(property).GetBoolean() ? "yes" : "";

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Object or JsonValueKind.Array => v.GetRawText(),
        _ => v.GetRawText(),
    };
}
