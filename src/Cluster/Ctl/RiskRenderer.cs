using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>Tables for `hive ctl risk`: an account's limits and state, the kill switches.</summary>
public sealed class RiskRenderer(CtlRenderer output)
{
    private IAnsiConsole Console => output.Console;

    public void Limits(JsonElement view)
    {
        if (output.Json) { output.Raw(view); return; }
        var state = Text(view, "state") + (Text(view, "stateReason") is { Length: > 0 } why ? $" ({why})" : "");
        var defaults = Flag(view, "defaultLimits") == "yes" ? " (defaults)" : "";
        var table = new Table().Title(Markup.Escape($"account {Text(view, "accountId")}: {state}")).AddColumns("Level", "Limit", "Value");
        AddLimits(table, $"account{defaults}", view.GetProperty("limits"));
        foreach (var (key, title) in new[] { ("byStrategy", "strategy"), ("byInstrument", "instrument") })
            foreach (var level in view.GetProperty(key).EnumerateObject())
                AddLimits(table, $"{title} {level.Name}", level.Value);
        Console.Write(table);
        foreach (var s in view.GetProperty("strategyStates").EnumerateObject())
            Console.WriteLine($"strategy {s.Name}: {s.Value.GetString()}");
        Console.WriteLine($"open orders {Text(view, "openOrders")}, orders in the last second {Text(view, "ordersLastSecond")}, " +
                          $"self-trade prevention {Text(view, "selfTradePrevention")}");
    }

    /// <summary>The limits and state, then the exposure and the VaR/CVaR of the positions.</summary>
    public void Show(JsonElement view)
    {
        Limits(view);
        if (output.Json) return;
        var exposure = new Table().AddColumns(new TableColumn("Currency"), new TableColumn("Group").NoWrap(), new TableColumn("Gross").RightAligned(),
            new TableColumn("Net").RightAligned());
        foreach (var c in Items(view, "exposure"))
        {
            Row(exposure, Text(c, "currency"), "all", Amount(c, "gross"), Amount(c, "net"));
            foreach (var g in Items(c, "byAssetClass").Concat(Items(c, "byInstrument")))
                Row(exposure, Text(c, "currency"), Text(g, "name"), Amount(g, "gross"), Amount(g, "net"));
        }
        Console.Write(exposure);
        var risk = new Table().AddColumns(new TableColumn("Currency"), new TableColumn("Returns"), new TableColumn("Confidence").RightAligned(),
            new TableColumn("VaR 1 d").RightAligned(), new TableColumn("CVaR 1 d").RightAligned());
        foreach (var v in Items(view, "valueAtRisk"))
        {
            var span = $"{Text(v, "observations")} ({Text(v, "from")}..{Text(v, "to")})";
            if (Text(v, "reason") is { Length: > 0 } why) Row(risk, Text(v, "currency"), $"not estimated: {why}", "", "", "");
            foreach (var e in Items(v, "results"))
                Row(risk, Text(v, "currency"), span, Text(e, "confidence"), Amount(e, "var"), Amount(e, "cvar"));
        }
        Console.Write(risk);
    }

    public void KillSwitches(JsonElement view)
    {
        if (output.Json) { output.Raw(view); return; }
        var table = new Table().AddColumns("Scope", "By", "Reason", "Engaged at");
        foreach (var k in Items(view, "engaged")) Row(table, Text(k, "scope"), Text(k, "by"), Text(k, "reason"), Text(k, "engagedAt"));
        Console.Write(table);
        Console.WriteLine(Flag(view, "clusterWide") == "yes" ? "the cluster-wide kill switch is engaged" : "the cluster-wide kill switch is not engaged");
    }

    public void Breakers(JsonElement view)
    {
        if (output.Json) { output.Raw(view); return; }
        var table = new Table().AddColumns(new TableColumn("Instrument").NoWrap(), new TableColumn("Class"), new TableColumn("State"),
            new TableColumn("Band").RightAligned(), new TableColumn("Window s").RightAligned(), new TableColumn("Cool-off s").RightAligned(),
            new TableColumn("Halted until"), new TableColumn("Why"));
        foreach (var b in Items(view, "breakers"))
            Row(table, Text(b, "instrument"), Text(b, "assetClass"), Text(b, "state"), Text(b, "maxMove"), Text(b, "windowSeconds"),
                Text(b, "coolOffSeconds"), Text(b, "haltedUntil"), Text(b, "reason"));
        Console.Write(table);
    }

    public void Stress(JsonElement view)
    {
        if (output.Json) { output.Raw(view); return; }
        var table = new Table().Title(Markup.Escape($"account {Text(view, "accountId")}: {Text(view, "positions")} position(s) marked at {Text(view, "markedAt")}"))
            .AddColumns(new TableColumn("Scenario").NoWrap(), new TableColumn("Window"), new TableColumn("Currency"), new TableColumn("Value").RightAligned(),
                new TableColumn("Cash").RightAligned(), new TableColumn("Equity").RightAligned(), new TableColumn("P&L").RightAligned(),
                new TableColumn("Worst P&L").RightAligned(), new TableColumn("Of equity").RightAligned(), new TableColumn("On"),
                new TableColumn("Worst drawdown").RightAligned());
        var moves = new Table().AddColumns(new TableColumn("Scenario").NoWrap(), new TableColumn("Instrument").NoWrap(), new TableColumn("Quantity").RightAligned(),
            new TableColumn("Mark").RightAligned(), new TableColumn("Move").RightAligned(), new TableColumn("P&L").RightAligned(), new TableColumn("Moved by"));
        foreach (var s in Items(view, "scenarios"))
        {
            var (name, span) = (Text(s, "scenario"), Text(s, "kind") == "historical" ? $"{Text(s, "from")}..{Text(s, "to")}" : "at once");
            foreach (var c in Items(s, "byCurrency"))
                Row(table, name, span, Text(c, "currency"), Amount(c, "value"), Amount(c, "cash"), Amount(c, "equity"), Amount(c, "pnl"), Amount(c, "worstPnl"),
                    Decimal(c, "worstShareOfEquity")?.ToString("0.00%", CultureInfo.InvariantCulture) ?? "", Text(c, "worstDate"), Amount(c, "worstDrawdown"));
            foreach (var i in Items(s, "instruments"))
                Row(moves, name, Text(i, "instrument"), Quantity(i, "quantity"), Price(i, "mark"), (Decimal(i, "move") ?? 0m).ToString("0.00%", CultureInfo.InvariantCulture),
                    Amount(i, "pnl"), Text(i, "source"));
        }
        Console.Write(table);
        Console.Write(moves);
    }

    private static void AddLimits(Table table, string level, JsonElement limits)
    {
        foreach (var limit in limits.EnumerateObject())
            if (limit.Value.ValueKind != JsonValueKind.Null) Row(table, level, limit.Name, Describe(limit.Value));
    }
}
