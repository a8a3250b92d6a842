using System.CommandLine;
using Hive.Cluster.Commands.Data;

namespace Hive.Cluster.Commands;

/// <summary><c>hive data</c>: the market-data lake (import, samples, catalog, compaction, statistics).</summary>
public static class DataCommand
{
    public static Command Create()
    {
        var command = new Command("data", "Market data lake: import, import-samples, ls, compact, stats");
        command.Subcommands.Add(ImportCommand.Create());
        command.Subcommands.Add(CatalogCommands.ImportSamples());
        command.Subcommands.Add(CatalogCommands.List());
        command.Subcommands.Add(CatalogCommands.Compact());
        command.Subcommands.Add(StatsCommand.Create());
        return command;
    }
}
