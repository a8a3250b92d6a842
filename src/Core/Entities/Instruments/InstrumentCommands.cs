using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Entities.Instruments;

public abstract record InstrumentCommand(InstrumentId InstrumentId) : IWithInstrumentId;

/// <summary>Records a traded or marked price. An older timestamp than the last one is ignored, so
/// re-delivered market data cannot move the price backwards.</summary>
public sealed record RecordPrice(InstrumentId InstrumentId, decimal Price, DateTime At) : InstrumentCommand(InstrumentId);

public sealed record GetInstrument(InstrumentId InstrumentId) : IWithInstrumentId;
