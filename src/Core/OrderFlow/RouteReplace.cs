using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>Replace attempt number <see cref="Attempt"/> of a working order; handled once per attempt.</summary>
public sealed record RouteReplace(InstrumentId InstrumentId, ClientOrderId OrderId, int Attempt, decimal Quantity, decimal? LimitPrice, decimal? StopPrice, int FromIndex) : IVenueCommand;
