using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>A message for an instrument entity's simulated venue, routed by instrument id.</summary>
public interface IVenueCommand : IWithInstrumentId;
