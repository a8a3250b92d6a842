using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>An instrument's venue at a glance: last bar, last price, working orders, and how many inputs it handled since it started.</summary>
public sealed record VenueStatus(InstrumentId InstrumentId, DateTime? LastBarTime, decimal? LastPrice, int WorkingOrders, long InputsHandled) : IHiveMessage;
