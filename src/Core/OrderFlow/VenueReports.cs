using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>What the venue did to one order, from report number <see cref="FromIndex"/> on. Reports are numbered per order, so a repeated or overlapping batch applies each report once.</summary>
public sealed record VenueReports(ClientOrderId OrderId, int FromIndex, IReadOnlyList<VenueReport> Reports) : IOrderFlowCommand;
