using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>A strategy built from the catalog, with the instruments whose market data it needs.</summary>
public sealed record CatalogStrategy(IStrategy Strategy, IReadOnlyList<InstrumentId> Instruments);
