using Hive.Core.Domain;
using Hive.Core.Ids;
using System.Text.Json.Serialization;
using Hive.Core.Instruments;

namespace Hive.Core.OrderFlow;

/// <summary>Asks to change a working order's quantity and/or prices (null keeps the value).</summary>
public sealed record RequestReplace(ClientOrderId OrderId, decimal? Quantity, decimal? LimitPrice, decimal? StopPrice) : IOrderFlowCommand
{
    [JsonIgnore] public Instrument? Instrument { get; init; }
}
