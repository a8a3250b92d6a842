using System.Text.Json;
using Spectre.Console;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>Tables for `hive surveillance`: alerts (one row each, its evidence ids beside it) and the owners map.</summary>
public sealed class SurveillanceRenderer(CtlRenderer output)
{
    private IAnsiConsole Console => output.Console;

    public void Alerts(JsonElement view)
    {
        if (output.Json) { output.Raw(view); return; }
        var table = new Table().AddColumns(new TableColumn("Detected").NoWrap(), new TableColumn("Detector").NoWrap(), new TableColumn("Accounts"),
            new TableColumn("Instrument").NoWrap(), new TableColumn("Statistic").RightAligned(), new TableColumn("Summary"), new TableColumn("Evidence"));
        foreach (var a in Items(view, "alerts"))
            Row(table, Text(a, "detectedAt"), Text(a, "detector"), string.Join(",", Items(a, "accounts").Select(Describe)), Text(a, "instrument"),
                $"{Text(a, "statisticName")} {Text(a, "statistic")}", Text(a, "summary"), string.Join(" ", Items(a, "evidence").Select(e => Text(e, "id"))));
        Console.Write(table);
        Console.WriteLine($"{Text(view, "count")} alert(s)");
    }

    public void Owners(JsonElement view)
    {
        if (output.Json) { output.Raw(view); return; }
        var table = new Table().AddColumns("Account", "Owner");
        foreach (var owner in view.GetProperty("owners").EnumerateObject()) Row(table, owner.Name, Describe(owner.Value));
        Console.Write(table);
    }
}
