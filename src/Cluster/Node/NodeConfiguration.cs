using Microsoft.Extensions.Configuration;

namespace Hive.Cluster.Node;

/// <summary>Reads <see cref="NodeOptions"/>: appsettings.json next to the binary, then one in the
/// working directory, then an explicit --config file, then HIVE__* environment variables.</summary>
public static class NodeConfiguration
{
    public const string Section = "Hive";

    public static NodeOptions Load(string? configFile)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new OptionsException($"--config file '{configFile}' does not exist");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }

        // HIVE__PORT=5054 becomes Hive:Port (configuration keys ignore case).
        var configuration = builder.AddEnvironmentVariables().Build();
        var options = new NodeOptions();
        try
        {
            configuration.GetSection(Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new OptionsException($"configuration is invalid: {e.Message}");
        }

        return options;
    }
}
