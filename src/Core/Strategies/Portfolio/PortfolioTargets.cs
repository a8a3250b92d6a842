using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// Moves a long-only portfolio to target quantities without ever asking a cash account for money it has not received
/// yet: the sells go first; the buys follow on the first decision after no order of the portfolio is working (so the
/// sale proceeds are booked), each capped by the buying power left at its decision price. When nothing has to be
/// sold the buys go out at once. Orders are market orders, submitted in the portfolio's instrument order.
/// </summary>
public sealed class PortfolioTargets
{
    private readonly IReadOnlyList<InstrumentId> _instruments;
    private Dictionary<InstrumentId, decimal>? _pendingBuys;

    public PortfolioTargets(IReadOnlyList<InstrumentId> instruments) => _instruments = instruments;

    /// <summary>True while a rebalance is under way (sells working or buys still to place).</summary>
    public bool IsBusy(IStrategyContext context) => _pendingBuys is not null || HasWorkingOrders(context);

    /// <summary>Target units for each weight: <paramref name="fraction"/> of equity (cash plus positions at
    /// <paramref name="closes"/>) times the weight, over the close, floored to whole lots.</summary>
    public static Dictionary<InstrumentId, decimal> FromWeights(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> weights,
        IReadOnlyDictionary<InstrumentId, decimal> closes, decimal fraction, string currency)
    {
        var equity = Math.Max(0m, context.Account.Equity(currency, closes)) * fraction;
        var targets = new Dictionary<InstrumentId, decimal>();
        foreach (var (id, weight) in weights)
        {
            var close = closes[id];
            targets[id] = close <= 0m || weight <= 0m ? 0m : context.InstrumentOf(id).FloorToLot(equity * weight / close);
        }
        return targets;
    }

    /// <summary>Starts a rebalance to <paramref name="targets"/> (instruments not named are sold out).</summary>
    public void Begin(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> targets, IReadOnlyDictionary<InstrumentId, decimal> closes)
    {
        foreach (var id in _instruments)
        {
            var excess = context.PositionOf(id) - targets.GetValueOrDefault(id);
            if (excess > 0m) context.Submit(StrategyOrder.Market(id, OrderSide.Sell, excess));
        }
        _pendingBuys = new Dictionary<InstrumentId, decimal>(targets);
        Continue(context, closes);
    }

    /// <summary>Places the buys of a rebalance once its sells are done; call on every decision.</summary>
    public void Continue(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> closes)
    {
        if (_pendingBuys is null || HasWorkingOrders(context)) return;
        foreach (var id in _instruments)
        {
            var shortfall = _pendingBuys.GetValueOrDefault(id) - context.PositionOf(id);
            if (shortfall <= 0m || !closes.TryGetValue(id, out var close) || close <= 0m) continue;
            var listing = context.InstrumentOf(id);
            var affordable = listing.FloorToLot(Math.Max(0m, context.Account.BuyingPower(listing.QuoteCurrency)) / close);
            var quantity = Math.Min(shortfall, affordable);
            if (quantity > 0m) context.Submit(StrategyOrder.Market(id, OrderSide.Buy, quantity));
        }
        _pendingBuys = null;
    }

    private bool HasWorkingOrders(IStrategyContext context)
    {
        foreach (var order in context.OpenOrders())
            if (_instruments.Contains(order.Request!.InstrumentId)) return true;
        return false;
    }

    /// <summary>Checks that every instrument is priced in one currency (equity and weights need a single unit) and returns it.</summary>
    public static string CommonCurrency(IStrategyContext context, IReadOnlyList<InstrumentId> instruments)
    {
        var currency = context.InstrumentOf(instruments[0]).QuoteCurrency;
        foreach (var id in instruments)
            if (context.InstrumentOf(id).QuoteCurrency != currency)
                throw new InvalidOperationException(
                    $"instruments must share one quote currency: {instruments[0]} is in {currency}, {id} in {context.InstrumentOf(id).QuoteCurrency}");
        return currency;
    }
}
