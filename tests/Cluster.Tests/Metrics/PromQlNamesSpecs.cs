namespace Hive.Cluster.Tests.Metrics;

public sealed class PromQlNamesSpecs
{
    [Fact]
    public void Names_are_the_series_of_a_query_without_functions_labels_or_grouping()
    {
        var names = PromQlNames.Of(
            "histogram_quantile(0.99, sum by (le, region) (rate(akka_persistence_persist_duration_seconds_bucket{instance=~\"a:1\", code=\"x\"}[5m]))) " +
            "> 0.5 and on() hive_node_ready == 0 or max without (tag) (hive_projection_events_behind offset 1m)");

        Assert.Equal(["akka_persistence_persist_duration_seconds_bucket", "hive_node_ready", "hive_projection_events_behind"], names.Order());
    }
}
