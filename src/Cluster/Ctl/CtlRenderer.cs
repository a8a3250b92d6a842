using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>Turns management-endpoint JSON into tables for people (or prints it as-is with --json).</summary>
public sealed class CtlRenderer(IAnsiConsole console, bool json)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public IAnsiConsole Console => console;

    public bool Json => json;

    public void Raw(JsonElement e) => console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(e, Indented));

    /// <summary>The same output, for the trading palettes' tables.</summary>
    public TradingRenderer Trading => new(this);

    public AlgoRenderer Algos => new(this);

    public RiskRenderer Risk => new(this);

    public UserRenderer Users => new(this);

    public AuditRenderer Audit => new(this);

    public SurveillanceRenderer Surveillance => new(this);

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

    private static string Leader(JsonElement view) =>
        view.TryGetProperty("leader", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "(none)";
}
