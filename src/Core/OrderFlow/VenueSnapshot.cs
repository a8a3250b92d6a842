using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.OrderFlow;

/// <summary>What an instrument entity saves of its venue: the last bar (the market-data clock, the last price and where
/// a replay resumes) and which orders were working, so that after a restart it can ask them to route themselves again.</summary>
public sealed record VenueSnapshot(Bar? LastBar, IReadOnlyList<ClientOrderId> Working) : IHiveSerializable;
