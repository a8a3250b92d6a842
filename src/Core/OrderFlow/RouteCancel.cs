using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>Cancel attempt number <see cref="Attempt"/> of a working order; handled once per attempt.</summary>
public sealed record RouteCancel(InstrumentId InstrumentId, ClientOrderId OrderId, int Attempt, int FromIndex) : IVenueCommand;
