using Hive.Core.Domain;
using Hive.Core.Ids;
using System.Text.Json.Serialization;
using Hive.Core.Instruments;
using Hive.Core.Orders;

namespace Hive.Core.OrderFlow;

/// <summary>Creates the order (API or strategy). The client order id is the idempotency key: the same request twice is one order. <see cref="ReferencePrice"/> sizes the buying-power hold of market orders (limit and stop orders default to their price); <see cref="MarketPrice"/> is the venue's last price as the placer saw it (the API asks the venue; a strategy gives its last close), the anchor of the account's price collar. The order group fills in <see cref="Instrument"/> and <see cref="ReserveFeeRate"/> from its node's settings before deciding.</summary>
public sealed record PlaceOrder(OrderRequest Request, decimal? ReferencePrice = null, decimal? MarketPrice = null) : IOrderFlowCommand
{
    [JsonIgnore] public ClientOrderId OrderId => Request.ClientOrderId;

    [JsonIgnore] public Instrument? Instrument { get; init; }

    [JsonIgnore] public decimal ReserveFeeRate { get; init; }
}
