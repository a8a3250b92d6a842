using System.CommandLine;
using Hive.Core.Venues;

namespace Hive.Cluster.Commands;

/// <summary>The paper venue's fee, slippage and volume-cap options, shared by <c>hive backtest</c> and <c>hive execution simulate</c>.</summary>
internal sealed class VenueModelOptions
{
    public Option<decimal> Commission { get; } = new("--commission") { Description = "Commission as a fraction of notional (0.001 = 10 bps), maker and taker", DefaultValueFactory = _ => 0m };
    public Option<decimal?> Maker { get; } = new("--maker-fee") { Description = "Maker fee fraction (overrides --commission for resting fills)" };
    public Option<decimal?> Taker { get; } = new("--taker-fee") { Description = "Taker fee fraction (overrides --commission for aggressive fills)" };
    public Option<decimal> PerShare { get; } = new("--commission-per-share") { Description = "Fixed commission per unit traded", DefaultValueFactory = _ => 0m };
    public Option<decimal> SlippageBps { get; } = new("--slippage-bps") { Description = "Slippage in basis points against the trader", DefaultValueFactory = _ => 0m };
    public Option<decimal?> SlippageImpact { get; } = new("--slippage-impact") { Description = "Volume-share slippage: price impact x (share of bar volume)^2 (replaces --slippage-bps)" };
    public Option<decimal> MaxVolumeShare { get; } = new("--max-volume-share") { Description = "Largest share of a bar's volume all orders may take (0, 1]", DefaultValueFactory = _ => 1m };

    public IEnumerable<Option> All => [Commission, Maker, Taker, PerShare, SlippageBps, SlippageImpact, MaxVolumeShare];

    public FeeSchedule Fees(ParseResult parse)
    {
        var commission = parse.GetValue(Commission);
        return new FeeSchedule(parse.GetValue(Maker) ?? commission, parse.GetValue(Taker) ?? commission, parse.GetValue(PerShare));
    }

    public SlippageModel Slippage(ParseResult parse) =>
        parse.GetValue(SlippageImpact) is { } impact ? new VolumeShareSlippage(impact) : new FixedBpsSlippage(parse.GetValue(SlippageBps));
}
