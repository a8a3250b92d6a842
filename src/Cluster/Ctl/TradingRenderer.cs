using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>Tables of the trading API's answers (orders, fills, accounts, strategies), or the JSON as-is with --json.</summary>
public sealed class TradingRenderer(CtlRenderer output)
{
    private IAnsiConsole Console => output.Console;

    public void Orders(JsonElement list)
    {
        if (output.Json) { output.Raw(list); return; }
        var table = new Table().AddColumns(new TableColumn("Order").NoWrap(), new TableColumn("Instrument").NoWrap(), new TableColumn("Side"),
            new TableColumn("Type"), new TableColumn("Qty").RightAligned(), new TableColumn("Filled").RightAligned(),
            new TableColumn("Avg price").RightAligned(), new TableColumn("Status"), new TableColumn("Strategy"));
        foreach (var o in Items(list, "orders"))
        {
            Row(table, Text(o, "orderId"), Text(o, "instrument"), Text(o, "side"), Text(o, "type"), Quantity(o, "quantity"),
                Quantity(o, "filledQuantity"), AveragePrice(o), StatusOf(o), Text(o, "strategyId"));
        }
        Console.Write(table);
        Console.WriteLine($"{Text(list, "count")} order(s), newest first{More(list)}");
    }

    public void Order(JsonElement o)
    {
        if (output.Json) { output.Raw(o); return; }
        var details = new Table().Title(Markup.Escape($"order {Text(o, "orderId")}")).AddColumns("Field", "Value");
        Row(details, "account", Text(o, "accountId"));
        Row(details, "instrument", Text(o, "instrument"));
        Row(details, "side / type / tif", $"{Text(o, "side")} / {Text(o, "type")} / {Text(o, "timeInForce")}");
        Row(details, "quantity", Quantity(o, "quantity"));
        if (Decimal(o, "limitPrice") is not null) Row(details, "limit price", Price(o, "limitPrice"));
        if (Decimal(o, "stopPrice") is not null) Row(details, "stop price", Price(o, "stopPrice"));
        Row(details, "status", StatusOf(o));
        Row(details, "filled / leaves", $"{Quantity(o, "filledQuantity")} / {Quantity(o, "leavesQuantity")}");
        Row(details, "average fill price", AveragePrice(o));
        Row(details, "fees", Price(o, "fees"));
        Row(details, "venue order id", Text(o, "venueOrderId"));
        Row(details, "strategy", Text(o, "strategyId"));
        if (Text(o, "rejectionMessage") is { Length: > 0 } why) Row(details, "rejected because", why);
        Row(details, "submitted / updated", $"{Text(o, "createdAt")} / {Text(o, "updatedAt")}");
        Console.Write(details);
        var fills = Items(o, "fills").ToList();
        if (fills.Count == 0)
        {
            Console.WriteLine("no fills");
            return;
        }
        Console.Write(FillTable(fills, withOrder: false));
    }

    public void Fills(JsonElement list)
    {
        if (output.Json) { output.Raw(list); return; }
        Console.Write(FillTable(Items(list, "fills").ToList(), withOrder: true));
        Console.WriteLine($"{Text(list, "count")} fill(s), newest first{More(list)}");
    }

    public void Account(JsonElement a)
    {
        if (output.Json) { output.Raw(a); return; }
        var type = Text(a, "type");
        var leverage = Decimal(a, "leverage") is { } l && l != 1m ? $" x{Quantity(l)}" : "";
        Console.WriteLine($"account {Text(a, "accountId")}: {(Flag(a, "open") == "yes" ? "open" : "not open")}, {type}{leverage}; " +
                          $"{Text(a, "fillsBooked")} fill(s) booked");
        var currencies = CurrenciesOf(a);
        var balances = new Table().Title("balances").AddColumns(new TableColumn("Currency"), new TableColumn("Cash").RightAligned(),
            new TableColumn("Equity").RightAligned(), new TableColumn("Realized P&L").RightAligned(), new TableColumn("Unrealized P&L").RightAligned(),
            new TableColumn("Fees").RightAligned(), new TableColumn("Buying power").RightAligned(), new TableColumn("Deposits").RightAligned());
        foreach (var c in currencies)
        {
            Row(balances, c, Amount(InCurrency(a, "cash", c)), Amount(InCurrency(a, "equity", c)), Amount(InCurrency(a, "realizedPnl", c)),
                Amount(InCurrency(a, "unrealizedPnl", c)), Amount(InCurrency(a, "fees", c)), Amount(InCurrency(a, "buyingPower", c)),
                Amount(InCurrency(a, "deposits", c)));
        }
        Console.Write(balances);

        var positions = Items(a, "positions").ToList();
        if (positions.Count == 0) Console.WriteLine("no positions");
        else
        {
            var table = new Table().Title("positions").AddColumns(new TableColumn("Instrument").NoWrap(), new TableColumn("Ccy"),
                new TableColumn("Qty").RightAligned(), new TableColumn("Avg cost").RightAligned(), new TableColumn("Mark").RightAligned(),
                new TableColumn("Market value").RightAligned(), new TableColumn("Unrealized").RightAligned(), new TableColumn("Realized").RightAligned());
            foreach (var p in positions)
            {
                Row(table, Text(p, "instrument"), Text(p, "currency"), Quantity(p, "quantity"), Price(p, "averageCost"), Price(p, "mark"),
                    Amount(p, "marketValue"), Amount(p, "unrealizedPnl"), Amount(p, "realizedPnl"));
            }
            Console.Write(table);
        }

        var holds = Items(a, "reservations").ToList();
        if (holds.Count == 0) return;
        var reservations = new Table().Title("held for open orders").AddColumns(new TableColumn("Order").NoWrap(), new TableColumn("Instrument").NoWrap(),
            new TableColumn("Side"), new TableColumn("Qty").RightAligned(), new TableColumn("Ccy"), new TableColumn("Amount").RightAligned());
        foreach (var r in holds)
            Row(reservations, Text(r, "orderId"), Text(r, "instrument"), Text(r, "side"), Quantity(r, "quantity"), Text(r, "currency"), Amount(r, "amount"));
        Console.Write(reservations);
    }

    public void Strategies(JsonElement list)
    {
        if (output.Json) { output.Raw(list); return; }
        var table = new Table().AddColumns(new TableColumn("Strategy").NoWrap(), new TableColumn("Kind"), new TableColumn("Account"),
            new TableColumn("Running"), new TableColumn("Orders").RightAligned(), new TableColumn("Starts").RightAligned(),
            new TableColumn("Parameters"), new TableColumn("Stop reason"));
        foreach (var s in Items(list, "strategies"))
        {
            Row(table, Text(s, "strategyId"), Text(s, "kind"), Text(s, "accountId"), Flag(s, "running"), Text(s, "ordersIssued"), Text(s, "starts"),
                Parameters(s), Text(s, "stopReason"));
        }
        Console.Write(table);
        Console.WriteLine($"{Text(list, "count")} strateg(ies); catalog: {string.Join(", ", Items(list, "catalog").Select(Describe))}");
    }

    public void Strategy(JsonElement s)
    {
        if (output.Json) { output.Raw(s); return; }
        var table = new Table().Title(Markup.Escape($"strategy {Text(s, "strategyId")}")).AddColumns("Field", "Value");
        Row(table, "kind", Text(s, "kind"));
        Row(table, "account", Text(s, "accountId"));
        Row(table, "running", Flag(s, "running") == "yes" ? "yes" : "no");
        Row(table, "parameters", Parameters(s));
        Row(table, "orders issued", Text(s, "ordersIssued"));
        Row(table, "starts", Text(s, "starts"));
        Row(table, "stop reason", Text(s, "stopReason"));
        Console.Write(table);
        var orders = Items(s, "recentOrders").ToList();
        if (orders.Count == 0) return;
        var recent = new Table().Title("recent orders").AddColumns(new TableColumn("Order").NoWrap(), new TableColumn("Instrument").NoWrap(),
            new TableColumn("Side"), new TableColumn("Qty").RightAligned(), new TableColumn("Filled").RightAligned(), new TableColumn("Status"));
        foreach (var o in orders)
            Row(recent, Text(o, "orderId"), Text(o, "instrument"), Text(o, "side"), Quantity(o, "quantity"), Quantity(o, "filledQuantity"), StatusOf(o));
        Console.Write(recent);
    }

    /// <summary>An entity's acceptance (<c>{"region","entityId","version","duplicate"}</c>): a line saying what happened.</summary>
    public void Accepted(JsonElement reply, string done)
    {
        if (output.Json) { output.Raw(reply); return; }
        var repeat = Flag(reply, "duplicate") == "yes" ? " (already applied: nothing changed)" : "";
        Console.WriteLine(done + repeat);
    }

    private static Table FillTable(IReadOnlyList<JsonElement> fills, bool withOrder)
    {
        var table = new Table().Title("fills").AddColumns(new TableColumn("Trade").NoWrap(), new TableColumn("Executed at").NoWrap());
        if (withOrder) table.AddColumns(new TableColumn("Order").NoWrap(), new TableColumn("Account"), new TableColumn("Instrument").NoWrap());
        table.AddColumns(new TableColumn("Side"), new TableColumn("Qty").RightAligned(), new TableColumn("Price").RightAligned(),
            new TableColumn("Fee").RightAligned(), new TableColumn("Liquidity"));
        foreach (var f in fills)
        {
            var cells = new List<string> { Text(f, "tradeId"), Text(f, "executedAt") };
            if (withOrder) cells.AddRange([Text(f, "orderId"), Text(f, "accountId"), Text(f, "instrument")]);
            cells.AddRange([Text(f, "side"), Quantity(f, "quantity"), Price(f, "price"), $"{Price(f, "fee")} {Text(f, "feeCurrency")}", Text(f, "liquidity")]);
            Row(table, cells.ToArray());
        }
        return table;
    }

    /// <summary>Where the next page starts, when there is one.</summary>
    internal static string More(JsonElement list) =>
        Text(list, "next") is { Length: > 0 } next ? $"; more with --before {next}" : "";

    private static string StatusOf(JsonElement o)
    {
        var code = Text(o, "rejectionCode");
        return code.Length == 0 ? Text(o, "status") : $"{Text(o, "status")} ({code})";
    }

    private static string AveragePrice(JsonElement o) => Decimal(o, "filledQuantity") is > 0m ? Price(o, "averageFillPrice") : "";

    internal static string Parameters(JsonElement s) =>
        s.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object
            ? string.Join(" ", p.EnumerateObject().Select(kv => $"{kv.Name}={Describe(kv.Value)}"))
            : "";

    private static List<string> CurrenciesOf(JsonElement a)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var map in new[] { "cash", "equity", "buyingPower", "fees", "deposits" })
            if (a.TryGetProperty(map, out var m) && m.ValueKind == JsonValueKind.Object)
                foreach (var p in m.EnumerateObject()) names.Add(p.Name);
        return names.ToList();
    }
}
