using Hive.Core.Entities.Instruments;
using Hive.Core.Ids;

namespace Hive.Actors.Entities;

public sealed class InstrumentEntity(string entityId, EntitySettings settings)
    : EntityActor<InstrumentState, InstrumentCommand, InstrumentEvent, GetInstrument>(
        RegionNames.Instrument, entityId, InstrumentState.Empty(InstrumentId.Parse(entityId)), settings);
