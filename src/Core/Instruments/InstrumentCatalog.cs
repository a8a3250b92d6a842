using Hive.Core.Ids;

namespace Hive.Core.Instruments;

/// <summary>The instruments a node or a backtest knows, by id, and which listings mirror another's market data.
/// Immutable: adding returns a new catalog.</summary>
public sealed record InstrumentCatalog
{
    private readonly IReadOnlyDictionary<InstrumentId, Instrument> _byId;

    public InstrumentCatalog(IEnumerable<Instrument> instruments)
    {
        var byId = new Dictionary<InstrumentId, Instrument>();
        foreach (var instrument in instruments)
            if (!byId.TryAdd(instrument.Id, instrument))
                throw new ArgumentException($"instrument {instrument.Id} is listed twice", nameof(instruments));
        _byId = byId;
    }

    public IEnumerable<Instrument> All => _byId.Values;

    /// <summary>The venues that list anything, by name.</summary>
    public IReadOnlyList<string> Venues => _byId.Keys.Select(i => i.Venue).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Source listing → the listings fed its bars (<see cref="MirrorsOf"/>).</summary>
    private IReadOnlyDictionary<InstrumentId, IReadOnlyList<InstrumentId>> Mirrors { get; init; } = new Dictionary<InstrumentId, IReadOnlyList<InstrumentId>>();

    public bool TryGet(InstrumentId id, out Instrument instrument) => _byId.TryGetValue(id, out instrument!);

    /// <summary>The listings that take every bar <paramref name="source"/> takes, under their own id: one market seen at
    /// several venues (each with its own fees and volume cap), as a smart order router needs.</summary>
    public IReadOnlyList<InstrumentId> MirrorsOf(InstrumentId source) => Mirrors.TryGetValue(source, out var mirrors) ? mirrors : [];

    /// <summary>The listing whose bars <paramref name="listing"/> takes, when it is a mirror; null otherwise.</summary>
    public InstrumentId? SourceOf(InstrumentId listing) => Mirrors.Where(kv => kv.Value.Contains(listing)).Select(kv => (InstrumentId?)kv.Key).FirstOrDefault();

    /// <summary>A catalog in which <paramref name="mirror"/> takes <paramref name="source"/>'s bars. Both must be listed; a
    /// listing mirrors at most one source, and a mirror is not itself a source (no chains, no cycles).</summary>
    public InstrumentCatalog WithMirror(InstrumentId mirror, InstrumentId source)
    {
        if (!_byId.ContainsKey(mirror) || !_byId.ContainsKey(source))
            throw new ArgumentException($"mirror {mirror} of {source}: both must be listed");
        if (mirror == source || Mirrors.Values.Any(m => m.Contains(mirror)) || Mirrors.ContainsKey(mirror) || Mirrors.Values.Any(m => m.Contains(source)))
            throw new ArgumentException($"mirror {mirror} of {source}: a listing mirrors at most one source and a mirror is no source");
        var mirrors = Mirrors.ToDictionary(kv => kv.Key, kv => kv.Value);
        mirrors[source] = [.. MirrorsOf(source), mirror];
        return this with { Mirrors = mirrors };
    }

    /// <summary>The listing of <paramref name="symbol"/> at each of <paramref name="venues"/>, in their order; a venue nothing is
    /// listed on, or one that does not list the symbol, is an <see cref="ArgumentException"/> naming it.</summary>
    public IReadOnlyList<Instrument> ListingsOf(string symbol, IReadOnlyList<string> venues)
    {
        var known = Venues;
        return venues.Select(venue => !known.Contains(venue)
                ? throw new ArgumentException($"venue {venue} is unknown; the venues are {string.Join(", ", known)}")
                : TryGet(new InstrumentId(venue, symbol), out var listing)
                    ? listing
                    : throw new ArgumentException($"venue {venue} does not list {symbol}"))
            .ToList();
    }

    /// <summary>The demo set: S&amp;P 500 on SIM and on SIM2 (which mirrors SIM's bars), bitcoin on SIMX, EUR/USD on SIMFX.</summary>
    public static InstrumentCatalog Default { get; } = new InstrumentCatalog([
        Instrument.Stock("SIM", "SPX"),
        Instrument.Stock("SIM2", "SPX"),
        Instrument.Crypto("SIMX", "BTC", "USDT"),
        Instrument.Forex("SIMFX", "EUR", "USD"),
    ]).WithMirror(new InstrumentId("SIM2", "SPX"), new InstrumentId("SIM", "SPX"));
}
