namespace Hive.Cluster.Tests.Dashboard;

/// <summary>The browser specs' classes run one after another, each with its own demo node and Chromium (closed with the class):
/// side by side on two cores they made the charts' waits time out, and one shared browser gathered every class's polling pages.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection
{
    public const string Name = "dashboard in Chromium";
}
