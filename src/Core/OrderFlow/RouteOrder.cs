using Hive.Core.Domain;
using Hive.Core.Ids;
using System.Text.Json.Serialization;
using Hive.Core.Trading;

namespace Hive.Core.OrderFlow;

/// <summary>Sends an order to the venue (a no-op when the venue has it) and asks for its reports from <see cref="FromIndex"/> on; the order entity repeats it until the order is finished, which also covers lost reports.</summary>
public sealed record RouteOrder(OrderRequest Request, int FromIndex) : IVenueCommand
{
    [JsonIgnore] public InstrumentId InstrumentId => Request.InstrumentId;
}
