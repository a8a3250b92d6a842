using Hive.Core.Instruments;
using Hive.Core.Strategies.Portfolio;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class BarAlignmentTests
{
    private static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    private static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");

    [Fact]
    public void A_slice_completes_once_when_every_instrument_has_its_bar_for_that_time_whatever_their_order()
    {
        var alignment = new BarAlignment([Aaa.Id, Bbb.Id]);
        Assert.False(alignment.Add(PortfolioHarness.Daily(Bbb, 0, 50m)));
        Assert.True(alignment.Add(PortfolioHarness.Daily(Aaa, 0, 100m)));
        Assert.False(alignment.Add(PortfolioHarness.Daily(Aaa, 0, 100m)));
        // Day 1: only AAA trades; day 2 both: day 1 is skipped, day 2 decides on day 2's prices.
        Assert.False(alignment.Add(PortfolioHarness.Daily(Aaa, 1, 101m)));
        Assert.False(alignment.Add(PortfolioHarness.Daily(Aaa, 2, 102m)));
        Assert.True(alignment.Add(PortfolioHarness.Daily(Bbb, 2, 52m)));
        Assert.Equal(new Dictionary<Hive.Core.Ids.InstrumentId, decimal> { [Aaa.Id] = 102m, [Bbb.Id] = 52m }, alignment.Closes());
        Assert.Equal(2, alignment.Completed);
        Assert.False(alignment.Add(PortfolioHarness.Daily(Instrument.Stock("SIM", "CCC"), 3, 1m)));
    }

    [Fact]
    public void An_instrument_listed_twice_is_refused() =>
        Assert.Contains("lists SIM:AAA twice", Assert.Throws<ArgumentOutOfRangeException>(() => new BarAlignment([Aaa.Id, Aaa.Id])).Message);
}
