using Hive.Core.Domain;
using Hive.Core.Entities.Instruments;
using Hive.Core.Ids;
using static Hive.Core.Tests.Entities.EntityClock;

namespace Hive.Core.Tests.Entities;

public class InstrumentStateTests
{
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");

    private sealed record HaltInstrument(InstrumentId InstrumentId) : InstrumentCommand(InstrumentId);

    private static (InstrumentState State, Decision<InstrumentEvent> Decision) Run(InstrumentState state, InstrumentCommand command, DateTime? at = null)
    {
        var decision = state.Decide(command, at ?? Now);
        return (decision.Events.Aggregate(state, (s, e) => s.Apply(e)), decision);
    }

    [Fact]
    public void Empty_instrument_has_no_price()
    {
        var state = InstrumentState.Empty(Spx);
        Assert.Null(state.LastPrice);
        Assert.Null(state.LastPriceAt);
        Assert.Equal(0, state.Version);
    }

    [Fact]
    public void Price_emits_last_price_recorded_stamped_with_market_time_and_recording_time()
    {
        var (state, decision) = Run(InstrumentState.Empty(Spx), new RecordPrice(Spx, 4500.5m, At(-1)), At(0));

        var recorded = DecisionAssert.SingleEvent<InstrumentEvent, LastPriceRecorded>(decision);
        Assert.Equal(new LastPriceRecorded("SIM:SPX:1", At(-1), At(0), Spx, 4500.5m), recorded);
        Assert.Equal(4500.5m, state.LastPrice);
        Assert.Equal(At(-1), state.LastPriceAt);
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public void Newer_price_replaces_the_last_one()
    {
        var (state, _) = Run(InstrumentState.Empty(Spx), new RecordPrice(Spx, 100m, At(1)));
        (state, var decision) = Run(state, new RecordPrice(Spx, 101m, At(2)));
        Assert.Equal("SIM:SPX:2", DecisionAssert.SingleEvent<InstrumentEvent, LastPriceRecorded>(decision).EventId);
        Assert.Equal(101m, state.LastPrice);
        Assert.Equal(At(2), state.LastPriceAt);
        Assert.Equal(2, state.Version);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    public void Price_older_than_or_as_old_as_the_last_one_is_ignored(int minutesAfterLast)
    {
        var (state, _) = Run(InstrumentState.Empty(Spx), new RecordPrice(Spx, 100m, At(10)));
        DecisionAssert.AlreadyApplied(state.Decide(new RecordPrice(Spx, 90m, At(10 + minutesAfterLast)), At(20)));
        Assert.Equal(100m, state.LastPrice);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_price_is_refused(decimal price)
    {
        var rejection = DecisionAssert.Rejected(InstrumentState.Empty(Spx).Decide(new RecordPrice(Spx, price, Now), Now), "non-positive-price");
        Assert.Contains(price.ToString(System.Globalization.CultureInfo.InvariantCulture), rejection.Message);
    }

    [Fact]
    public void Command_for_another_instrument_is_refused_as_wrong_entity()
    {
        var rejection = DecisionAssert.Rejected(
            InstrumentState.Empty(Spx).Decide(new RecordPrice(InstrumentId.Parse("SIM:NDX"), 1m, Now), Now), "wrong-entity");
        Assert.Contains("SIM:NDX", rejection.Message);
        Assert.Contains("SIM:SPX", rejection.Message);
    }

    [Fact]
    public void Command_the_instrument_does_not_know_is_refused_not_thrown()
    {
        DecisionAssert.Rejected(InstrumentState.Empty(Spx).Decide(new HaltInstrument(Spx), Now), "unknown-command");
    }

    [Fact]
    public void Instrument_can_always_passivate()
    {
        Assert.True(InstrumentState.Empty(Spx).CanPassivate);
        Assert.True(Run(InstrumentState.Empty(Spx), new RecordPrice(Spx, 1m, Now)).State.CanPassivate);
    }
}
