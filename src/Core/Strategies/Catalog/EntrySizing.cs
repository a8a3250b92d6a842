using Hive.Core.Ids;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// How the catalog's single-instrument strategies size an entry: a fixed <see cref="Quantity"/> of units, or, when
/// that is null, <see cref="CashFraction"/> of what the account would hold in cash once out of its current position in
/// the instrument (cash + position × price), at the signal bar's close, in whole lots. Counting the position in
/// makes a reversal (long to short) size the new side as if from flat instead of from the little cash left over.
/// </summary>
public sealed record EntrySizing(decimal? Quantity = null, decimal CashFraction = 0.95m)
{
    public const string QuantityParameter = "quantity";
    public const string CashFractionParameter = "cashFraction";

    /// <summary>The descriptor entries for <c>quantity</c> and <c>cashFraction</c>.</summary>
    public static IReadOnlyList<StrategyParameter> Parameters { get; } =
    [
        new(QuantityParameter, "", "fixed units per entry; empty = size by cashFraction"),
        new(CashFractionParameter, "0.95", "fraction of cash (after closing any position in the instrument) put in at each entry when quantity is empty"),
    ];

    public static EntrySizing From(StrategyArguments arguments) =>
        new(arguments.OptionalDecimal(QuantityParameter), arguments.Decimal(CashFractionParameter));

    public void Validate()
    {
        if (Quantity is <= 0m)
            throw new ArgumentOutOfRangeException(QuantityParameter, Quantity, $"{QuantityParameter} must be positive, got {Quantity}");
        if (CashFraction is <= 0m or > 1m)
            throw new ArgumentOutOfRangeException(CashFractionParameter, CashFraction, $"{CashFractionParameter} must be in (0, 1], got {CashFraction}");
    }

    /// <summary>Units for a new long or short position at <paramref name="price"/>; 0 when nothing can be afforded.</summary>
    public decimal UnitsAt(IStrategyContext context, InstrumentId instrument, decimal price)
    {
        if (Quantity is { } units) return Sizing.FixedUnits(context, instrument, units);
        if (price <= 0m) return 0m;
        var listing = context.InstrumentOf(instrument);
        var capital = context.CashIn(listing.QuoteCurrency) + context.PositionOf(instrument) * price;
        return listing.FloorToLot(Math.Max(0m, capital) * CashFraction / price);
    }
}
