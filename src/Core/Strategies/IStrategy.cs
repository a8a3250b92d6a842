using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies;

/// <summary>
/// A trading strategy. The host (backtester, paper host, or the strategy entity in the cluster) calls it
/// single-threaded, in time order, and it acts only through the <see cref="IStrategyContext"/>; given the
/// same data and fills it must make the same calls (no clocks, no randomness without a seed, no I/O), so
/// a backtest and a live run of the same strategy agree.
/// </summary>
public interface IStrategy
{
    /// <summary>Called once before any data.</summary>
    void OnStart(IStrategyContext context) { }

    /// <summary>A completed bar; the context's clock is the bar's close.</summary>
    void OnBar(IStrategyContext context, Bar bar);

    /// <summary>A trade print, for strategies that subscribe to ticks.</summary>
    void OnTrade(IStrategyContext context, TradeTick tick) { }

    /// <summary>One of this strategy's orders was filled (already booked in the account).</summary>
    void OnFill(IStrategyContext context, Execution fill) { }

    /// <summary>One of this strategy's orders changed state (accepted, rejected, cancelled, ...).</summary>
    void OnOrderEvent(IStrategyContext context, IOrderEvent orderEvent) { }

    /// <summary>Called once after the last data.</summary>
    void OnStop(IStrategyContext context) { }
}
