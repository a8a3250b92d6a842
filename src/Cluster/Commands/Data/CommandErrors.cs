using Hive.Data.Analytics;
using Hive.Data.Import;
using Spectre.Console;

namespace Hive.Cluster.Commands.Data;

/// <summary>Turns expected failures (bad input, bad query, unreachable store) into one clear line on stderr and
/// exit code 2, instead of a stack trace.</summary>
internal static class CommandErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is ImportException or SqlQueryException or ArgumentException or FormatException or FileNotFoundException
                                      or DirectoryNotFoundException or InvalidOperationException or Amazon.Runtime.AmazonClientException or Amazon.Runtime.AmazonServiceException or HttpRequestException or UnauthorizedAccessException)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            var message = e is Amazon.Runtime.AmazonClientException && e.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase)
                ? "no S3 credentials: pass --s3-access-key and --s3-secret-key-file or set HIVE__S3__ACCESSKEY and HIVE__S3__SECRETKEY"
                : e.Message;
            console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
            return 2;
        }
    }
}
