using FsCheck.Xunit;
using Hive.Core.Orders;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public class SurveillanceScanTests
{
    private static readonly SurveillanceScan Scan = new(SurveillanceParameters.Default);

    [Property(MaxTest = 100)]
    public bool The_alerts_do_not_depend_on_the_order_the_records_arrive_in(int seed)
    {
        var random = new Random(seed);
        var trades = Enumerable.Range(0, 60).Select(i => Trade($"t{i}", $"acc-{random.Next(3)}", random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell,
            random.Next(1, 5) * 100m, 100m + random.Next(3) * 0.01m, T0.AddSeconds(random.Next(600)))).ToList();
        var shuffled = trades.OrderBy(_ => random.Next()).ToList();
        return Scan.Run(Input(trades: trades)).Select(a => a.Id).SequenceEqual(Scan.Run(Input(trades: shuffled)).Select(a => a.Id));
    }

    [Fact]
    public void An_alert_found_by_two_scans_has_one_id()
    {
        var trades = new[] { Trade("t1", "acc", OrderSide.Buy, 10m, 50m, T0), Trade("t2", "acc", OrderSide.Sell, 10m, 50m, T0) };

        var first = Scan.Run(Input(trades: trades));
        var second = Scan.Run(Input(trades: trades.Append(Trade("t3", "other", OrderSide.Buy, 1m, 60m, T0.AddHours(1)))));

        Assert.Equal(first.Select(a => a.Id), second.Select(a => a.Id));
    }
}
