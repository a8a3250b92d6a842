using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>Tables of parent orders (`hive ctl algo list|show`), or the JSON as-is with --json.</summary>
public sealed class AlgoRenderer(CtlRenderer output)
{
    private IAnsiConsole Console => output.Console;

    public void Algos(JsonElement list)
    {
        if (output.Json) { output.Raw(list); return; }
        var table = new Table().AddColumns(new TableColumn("Algo").NoWrap(), new TableColumn("Type"), new TableColumn("Account"),
            new TableColumn("Instrument").NoWrap(), new TableColumn("Side"), new TableColumn("Qty").RightAligned(), new TableColumn("Filled").RightAligned(),
            new TableColumn("Avg price").RightAligned(), new TableColumn("Slippage bps").RightAligned(), new TableColumn("Status"));
        foreach (var a in Items(list, "algos"))
            Row(table, Text(a, "algoId"), Text(a, "type"), Text(a, "accountId"), Text(a, "instrument"), Text(a, "side"), Quantity(a, "quantity"),
                Quantity(a, "filled"), Price(a, "averagePrice"), Text(a, "slippageBps"), Text(a, "status"));
        Console.Write(table);
        Console.WriteLine($"{Text(list, "count")} algo(s), newest first{TradingRenderer.More(list)}");
    }

    public void Algo(JsonElement a)
    {
        if (output.Json) { output.Raw(a); return; }
        var table = new Table().Title(Markup.Escape($"algo {Text(a, "algoId")}")).AddColumns("Field", "Value");
        Row(table, "type", Text(a, "type"));
        Row(table, "account", Text(a, "accountId"));
        Row(table, "order", $"{Text(a, "side")} {Quantity(a, "quantity")} {Text(a, "instrument")}");
        Row(table, "window", $"{Text(a, "start")} to {Text(a, "end")}");
        Row(table, "parameters", TradingRenderer.Parameters(a));
        Row(table, "status", Text(a, "pauseReason") is { Length: > 0 } why ? $"{Text(a, "status")}: {why}" : Text(a, "status"));
        Row(table, "filled", $"{Quantity(a, "filled")} ({Quantity(a, "remaining")} remaining)");
        Row(table, "average price", Price(a, "averagePrice"));
        Row(table, "arrival price", Price(a, "arrivalPrice"));
        Row(table, "slippage vs arrival", $"{Text(a, "slippageBps")} bps");
        Row(table, "fees", Amount(a, "fees"));
        Console.Write(table);
        var children = new Table().Title("children").AddColumns(new TableColumn("Order").NoWrap(), new TableColumn("Decided").NoWrap(), new TableColumn("Venue"),
            new TableColumn("Qty").RightAligned(), new TableColumn("Filled").RightAligned(), new TableColumn("Avg price").RightAligned(), new TableColumn("State"));
        foreach (var c in Items(a, "children"))
            Row(children, Text(c, "clientOrderId"), Text(c, "time"), Text(c, "venue"), Quantity(c, "quantity"), Quantity(c, "filled"), Price(c, "averagePrice"),
                Text(c, "refusal") is { Length: > 0 } refusal ? $"refused: {refusal}" : Flag(c, "open") == "yes" ? (Flag(c, "withdrawing") == "yes" ? "withdrawing" : "working") : "done");
        Console.Write(children);
        var venues = new Table().Title("venues").AddColumns(new TableColumn("Venue"), new TableColumn("Children").RightAligned(),
            new TableColumn("Qty").RightAligned(), new TableColumn("Filled").RightAligned(), new TableColumn("Avg price").RightAligned(),
            new TableColumn("Fees").RightAligned(), new TableColumn("Refused").RightAligned());
        foreach (var v in Items(a, "venues"))
            Row(venues, Text(v, "venue"), Text(v, "children"), Quantity(v, "quantity"), Quantity(v, "filled"), Price(v, "averagePrice"), Amount(v, "fees"), Quantity(v, "refused"));
        Console.Write(venues);
    }
}
