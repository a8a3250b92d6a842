using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>Builds a parent order: checks the limit bound against the arrival price and plans the schedule the
/// algorithm needs from the bars before start (<paramref name="history"/>, oldest first, of bar length <paramref name="interval"/>),
/// in two steps a cluster node takes apart: <see cref="Learn"/> where the history is, <see cref="Plan(string, ExecutionParameters, Instrument, decimal, ScheduleBasis)"/>
/// in the parent's entity.</summary>
public static class ExecutionPlanner
{
    public static ParentOrder Plan(string id, ExecutionParameters parameters, Instrument instrument, decimal arrivalPrice, IReadOnlyList<Bar> history, TimeSpan interval)
    {
        parameters.CheckLimit(arrivalPrice);
        return Plan(id, parameters, instrument, arrivalPrice, Learn(parameters, instrument, history, interval));
    }

    /// <summary>Whether the algorithm learns its schedule from the market history before start (VWAP, implementation shortfall).</summary>
    public static bool Learns(ExecutionAlgorithm algorithm) => algorithm is ExecutionAlgorithm.Vwap or ExecutionAlgorithm.ImplementationShortfall;

    /// <summary>What the algorithm's schedule needs from the history (nothing for TWAP, POV and iceberg).</summary>
    public static ScheduleBasis Learn(ExecutionParameters parameters, Instrument instrument, IReadOnlyList<Bar> history, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentException($"the bars must have a positive length, got {interval}");
        return parameters.Algorithm switch
        {
            ExecutionAlgorithm.Vwap => VwapSchedule.Learn(parameters, instrument, history, interval),
            ExecutionAlgorithm.ImplementationShortfall => new ScheduleBasis(interval) { Market = MarketHistory.Learn(history, parameters.Lookback) },
            _ => new ScheduleBasis(interval),
        };
    }

    public static ParentOrder Plan(string id, ExecutionParameters parameters, Instrument instrument, decimal arrivalPrice, ScheduleBasis basis)
    {
        parameters.CheckLimit(arrivalPrice);
        var schedule = parameters.Algorithm switch
        {
            ExecutionAlgorithm.Twap => TwapSchedule.Build(parameters, instrument),
            ExecutionAlgorithm.Vwap => VwapSchedule.Build(parameters, instrument, basis),
            ExecutionAlgorithm.ImplementationShortfall => ShortfallSchedule.Build(parameters, instrument,
                basis.Market ?? throw new ArgumentException("implementation shortfall needs bars before start (for the arrival price, volatility and volume)"), basis.Interval),
            _ => [],
        };
        return new ParentOrder { Id = id, Parameters = parameters, Instrument = instrument, Schedule = UrgencyPace.Reshape(schedule, parameters.Urgency, parameters.Quantity, instrument) };
    }
}
