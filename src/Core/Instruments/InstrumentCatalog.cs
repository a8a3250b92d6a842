using Hive.Core.Ids;

namespace Hive.Core.Instruments;

/// <summary>The instruments a node or a backtest knows, by id. Immutable: adding returns a new catalog.</summary>
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

    public bool TryGet(InstrumentId id, out Instrument instrument) => _byId.TryGetValue(id, out instrument!);

    /// <summary>The demo set: S&amp;P 500 on SIM, bitcoin on SIMX, EUR/USD on SIMFX.</summary>
    public static InstrumentCatalog Default { get; } = new([
        Instrument.Stock("SIM", "SPX"),
        Instrument.Crypto("SIMX", "BTC", "USDT"),
        Instrument.Forex("SIMFX", "EUR", "USD"),
    ]);
}
