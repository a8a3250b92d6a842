using Hive.Core.Domain;
using Hive.Core.Ids;
using System.Text.Json.Serialization;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.OrderFlow;

/// <summary>
/// An order on its way to its venue, asking for its reports from number <see cref="FromIndex"/> on. The first route
/// is forwarded by the account once it holds the order's buying power (<see cref="Progress"/> null: a new order); once
/// the venue has answered, the order group repeats it directly (with <see cref="Progress"/>: where the order stands),
/// which fetches reports it missed and lets a venue that lost its book take the order back.
/// </summary>
public sealed record RouteOrder(OrderRequest Request, int FromIndex, WorkingOrderProgress? Progress = null) : IVenueCommand
{
    [JsonIgnore] public InstrumentId InstrumentId => Request.InstrumentId;
}
