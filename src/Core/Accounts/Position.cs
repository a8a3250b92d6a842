using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>
/// Holdings of one instrument. <see cref="Quantity"/> is signed (negative = short); <see cref="CostBasis"/>
/// is the signed amount paid for the open quantity. Keeping the cost basis rather than the average cost
/// makes the ledger identity (cash + cost basis = capital + realized - fees) exact in decimal.
/// </summary>
public sealed record Position(InstrumentId InstrumentId, string Currency, decimal Quantity, decimal CostBasis, decimal RealizedPnl)
{
    public decimal AverageCost => Quantity == 0m ? 0m : CostBasis / Quantity;

    public decimal MarketValue(decimal mark) => Quantity * mark;

    public decimal UnrealizedPnl(decimal mark) => Quantity * mark - CostBasis;
}
