using Hive.Core.Domain;
using Hive.Core.Ids;
using System.Text.Json.Serialization;
using Hive.Core.MarketData;

namespace Hive.Core.OrderFlow;

/// <summary>A market-data bar for the venue to match working orders against and to publish; bars not newer than the last one are ignored, so several replayers are harmless.</summary>
public sealed record ApplyBar(Bar Bar) : IVenueCommand
{
    [JsonIgnore] public InstrumentId InstrumentId => Bar.Instrument;
}
