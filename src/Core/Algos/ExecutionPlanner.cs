using Hive.Core.Instruments;
using Hive.Core.MarketData;

namespace Hive.Core.Algos;

/// <summary>Builds a parent order: checks the limit bound against the arrival price and plans the schedule the
/// algorithm needs from the bars before start (<paramref name="history"/>, oldest first, of bar length <paramref name="interval"/>).</summary>
public static class ExecutionPlanner
{
    public static ParentOrder Plan(string id, ExecutionParameters parameters, Instrument instrument, decimal arrivalPrice, IReadOnlyList<Bar> history, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentException($"the bars must have a positive length, got {interval}");
        parameters.CheckLimit(arrivalPrice);
        var schedule = parameters.Algorithm switch
        {
            ExecutionAlgorithm.Twap => TwapSchedule.Build(parameters, instrument),
            ExecutionAlgorithm.Vwap => VwapSchedule.Build(parameters, instrument, history, interval),
            ExecutionAlgorithm.ImplementationShortfall => ShortfallSchedule.Build(parameters, instrument, MarketHistory.Learn(history, parameters.Lookback), interval),
            _ => [],
        };
        return new ParentOrder { Id = id, Parameters = parameters, Instrument = instrument, Schedule = schedule };
    }
}
