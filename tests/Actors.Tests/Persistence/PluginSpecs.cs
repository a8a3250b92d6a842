using Xunit.Abstractions;

namespace Hive.Actors.Tests.Persistence;

/// <summary>A test kit on a fresh database of the plugin under test, removed again when the spec ends.</summary>
public abstract class PluginSpecs(PluginUnderTest plugin, string systemName, ITestOutputHelper output)
    : Akka.TestKit.Xunit2.TestKit(plugin.Config, systemName, output)
{
    protected PluginUnderTest Plugin { get; } = plugin;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Plugin.Delete();
    }
}
