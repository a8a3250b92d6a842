using System.CommandLine;
using Hive.Cluster.Commands.Data;
using Hive.Data.Analytics;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary><c>hive sql "&lt;query&gt;"</c> or <c>hive sql --file q.sql</c> over the lake's views (<see cref="LakeViews.Catalog"/>).</summary>
public static class SqlCommand
{
    public static Command Create()
    {
        var lake = new LakeOptions();
        var query = new Argument<string?>("query")
        {
            Description = "SQL over these views:\n" + string.Join("\n", LakeViews.Catalog.Select(v => $"  {v.Name}: {v.Columns}")),
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<FileInfo?>("--file") { Description = "Read the SQL from a file" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("sql", $"Query the market-data lake with DuckDB: views {string.Join(", ", LakeViews.Catalog.Select(v => v.Name))}");
        command.Arguments.Add(query);
        command.Options.Add(file);
        command.Options.Add(format);
        lake.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var text = parse.GetValue(query);
            var path = parse.GetValue(file);
            if (text is null == path is null) throw new ArgumentException("give either a query or --file, not both and not neither");
            if (path is not null)
            {
                if (!path.Exists) throw new FileNotFoundException($"--file '{path.FullName}' does not exist");
                text = await File.ReadAllTextAsync(path.FullName, ct);
            }
            await using var sql = await DuckDbAnalytics.OpenAsync(lake.OpenStore(parse), ct);
            var result = await sql.QueryAsync(text!, ct);
            var output = parse.InvocationConfiguration.Output;
            switch (parse.GetValue(format))
            {
                case "csv": await output.WriteAsync(QueryResultFormatter.ToCsv(result)); break;
                case "json": await output.WriteLineAsync(QueryResultFormatter.ToJson(result)); break;
                default:
                    var console = CliConsole.For(output);
                    var table = new Table();
                    foreach (var column in result.Columns) table.AddColumn(Markup.Escape(column));
                    foreach (var row in result.Rows) table.AddRow(row.Select(v => Markup.Escape(QueryResultFormatter.Format(v))).ToArray());
                    console.Write(table);
                    console.MarkupLine($"[grey]{result.Rows.Count} row(s)[/]");
                    break;
            }
            return 0;
        }));
        return command;
    }
}
