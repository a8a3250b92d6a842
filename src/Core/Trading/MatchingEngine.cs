using System.Runtime.CompilerServices;

namespace Hive.Core.Trading;

/// <summary>
/// A price-time-priority limit order book for one instrument, with its matching engine. Mutable and
/// single-threaded by design: it is owned by one instrument entity or one backtest, and what it reports
/// to its <see cref="IMatchListener"/> are the facts that get persisted.
/// Layout, chosen for millions of operations per second without allocation: orders live in a pooled
/// array of structs linked into a FIFO per level; each side keeps its level indices in an array sorted
/// so the best price is at the end (touching the best price, the common case, moves nothing); orders
/// are found by id through one dictionary.
/// </summary>
public sealed partial class MatchingEngine
{
    private const int None = -1;

    private struct OrderNode
    {
        public long Id;
        public long Owner;
        public long Remaining;
        public int Prev;
        public int Next;
        public int Level;
        public OrderSide Side;
    }

    private struct Level
    {
        public long Price;
        public long Quantity;
        public int Head;
        public int Tail;
        public int Count;
    }

    private readonly IMatchListener _listener;
    private readonly Dictionary<long, int> _nodeById;
    private OrderNode[] _nodes;
    private int _nodeCount;
    private int _freeNode = None;
    private Level[] _levels;
    private int _levelCount;
    private int _freeLevel = None;
    // Level indices sorted by "goodness" ascending: bids by price ascending, asks by price descending.
    private int[] _bids;
    private int _bidCount;
    private int[] _asks;
    private int _askCount;
    private long _nextTradeId;

    public MatchingEngine(IMatchListener? listener = null, SelfTradePrevention selfTradePrevention = SelfTradePrevention.CancelResting,
        int initialOrderCapacity = 1024, long firstTradeId = 1)
    {
        _listener = listener ?? NullMatchListener.Instance;
        SelfTradePrevention = selfTradePrevention;
        var capacity = Math.Max(16, initialOrderCapacity);
        _nodes = new OrderNode[capacity];
        _nodeById = new Dictionary<long, int>(capacity);
        _levels = new Level[Math.Max(16, capacity / 4)];
        _bids = new int[64];
        _asks = new int[64];
        _nextTradeId = firstTradeId;
    }

    public SelfTradePrevention SelfTradePrevention { get; }

    /// <summary>Number of resting orders.</summary>
    public int OrderCount => _nodeById.Count;

    /// <summary>The id the next trade will get; persisted with the book so trade ids never repeat.</summary>
    public long NextTradeId => _nextTradeId;

    public long? BestBid => _bidCount > 0 ? _levels[_bids[_bidCount - 1]].Price : null;

    public long? BestAsk => _askCount > 0 ? _levels[_asks[_askCount - 1]].Price : null;

    public bool Contains(long orderId) => _nodeById.ContainsKey(orderId);

    /// <summary>The resting quantity of an order, or null if it is not in the book.</summary>
    public long? RemainingOf(long orderId) =>
        _nodeById.TryGetValue(orderId, out var node) ? _nodes[node].Remaining : null;

    /// <summary>Matches the order against the opposite side, then rests, cancels or rejects what is left.
    /// Returns the quantity traded. Every outcome is also reported to the listener.</summary>
    public long Submit(in BookOrder order)
    {
        if (order.QuantityLots <= 0) { _listener.OnRejected(order.OrderId, BookRejectReason.NonPositiveQuantity); return 0; }
        if (!order.IsMarket && order.PriceTicks <= 0) { _listener.OnRejected(order.OrderId, BookRejectReason.NonPositivePrice); return 0; }
        if (_nodeById.ContainsKey(order.OrderId)) { _listener.OnRejected(order.OrderId, BookRejectReason.DuplicateOrderId); return 0; }

        var isBuy = order.Side == OrderSide.Buy;
        if (order.PostOnly && Crosses(isBuy, order.IsMarket, order.PriceTicks))
        {
            _listener.OnRejected(order.OrderId, BookRejectReason.PostOnlyWouldTake);
            return 0;
        }
        if (order.Style == BookOrderStyle.Fok && !CanFillCompletely(in order))
        {
            _listener.OnRejected(order.OrderId, BookRejectReason.FokNotFillable);
            return 0;
        }

        var remaining = order.QuantityLots;
        var selfTradeStop = false;
        if (Crosses(isBuy, order.IsMarket, order.PriceTicks))
            remaining = Match(in order, remaining, out selfTradeStop);

        if (remaining > 0)
        {
            if (selfTradeStop) _listener.OnCancelled(order.OrderId, remaining, BookCancelReason.SelfTrade);
            else if (order.IsMarket || order.Style != BookOrderStyle.Gtc) _listener.OnCancelled(order.OrderId, remaining, BookCancelReason.ImmediateRemainder);
            else Rest(order.OrderId, order.OwnerId, order.Side, order.PriceTicks, remaining);
        }
        return order.QuantityLots - remaining;
    }

    /// <summary>Removes a resting order. False (and a rejection to the listener) if it is not resting.</summary>
    public bool Cancel(long orderId)
    {
        if (!_nodeById.TryGetValue(orderId, out var node))
        {
            _listener.OnRejected(orderId, BookRejectReason.UnknownOrder);
            return false;
        }
        var remaining = _nodes[node].Remaining;
        RemoveNode(node);
        _listener.OnCancelled(orderId, remaining, BookCancelReason.Requested);
        return true;
    }

    /// <summary>
    /// Changes a resting order. Reducing the quantity at the same price keeps time priority (it harms no
    /// one); any other change is cancel-and-resubmit and goes to the back of the queue, possibly matching.
    /// </summary>
    public bool Replace(long orderId, long newPriceTicks, long newQuantityLots, BookOrderStyle style = BookOrderStyle.Gtc)
    {
        if (!_nodeById.TryGetValue(orderId, out var node) || newQuantityLots <= 0 || newPriceTicks <= 0)
        {
            _listener.OnRejected(orderId, !_nodeById.ContainsKey(orderId) ? BookRejectReason.UnknownOrder
                : newQuantityLots <= 0 ? BookRejectReason.NonPositiveQuantity : BookRejectReason.NonPositivePrice);
            return false;
        }
        ref var n = ref _nodes[node];
        ref var level = ref _levels[n.Level];
        if (newPriceTicks == level.Price && newQuantityLots <= n.Remaining)
        {
            level.Quantity -= n.Remaining - newQuantityLots;
            n.Remaining = newQuantityLots;
            _listener.OnRested(orderId, newPriceTicks, newQuantityLots);
            return true;
        }
        var owner = n.Owner;
        var side = n.Side;
        RemoveNode(node);
        Submit(new BookOrder(orderId, owner, side, newPriceTicks, newQuantityLots, style));
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Crosses(bool isBuy, bool isMarket, long price)
    {
        if (isBuy)
            return _askCount > 0 && (isMarket || _levels[_asks[_askCount - 1]].Price <= price);
        return _bidCount > 0 && (isMarket || _levels[_bids[_bidCount - 1]].Price >= price);
    }

    private bool CanFillCompletely(in BookOrder order)
    {
        var isBuy = order.Side == OrderSide.Buy;
        var side = isBuy ? _asks : _bids;
        var count = isBuy ? _askCount : _bidCount;
        var needed = order.QuantityLots;
        var skipOwn = SelfTradePrevention != SelfTradePrevention.Allow;
        for (var i = count - 1; i >= 0; i--)
        {
            ref var level = ref _levels[side[i]];
            if (!order.IsMarket && (isBuy ? level.Price > order.PriceTicks : level.Price < order.PriceTicks)) break;
            if (!skipOwn) needed -= level.Quantity;
            else
            {
                // With self-trade prevention on, own orders never fill us; with CancelIncoming/CancelBoth
                // the first own order even stops the match, so only liquidity ahead of it counts.
                for (var node = level.Head; node != None; node = _nodes[node].Next)
                {
                    if (_nodes[node].Owner == order.OwnerId)
                    {
                        if (SelfTradePrevention != SelfTradePrevention.CancelResting) return false;
                        continue;
                    }
                    needed -= _nodes[node].Remaining;
                    if (needed <= 0) return true;
                }
            }
            if (needed <= 0) return true;
        }
        return false;
    }

    private long Match(in BookOrder order, long remaining, out bool selfTradeStop)
    {
        selfTradeStop = false;
        var isBuy = order.Side == OrderSide.Buy;
        while (remaining > 0)
        {
            var count = isBuy ? _askCount : _bidCount;
            if (count == 0) break;
            var levelIndex = isBuy ? _asks[count - 1] : _bids[count - 1];
            ref var level = ref _levels[levelIndex];
            if (!order.IsMarket && (isBuy ? level.Price > order.PriceTicks : level.Price < order.PriceTicks)) break;

            var node = level.Head;
            while (node != None && remaining > 0)
            {
                ref var maker = ref _nodes[node];
                var next = maker.Next;
                if (maker.Owner == order.OwnerId && SelfTradePrevention != SelfTradePrevention.Allow)
                {
                    if (SelfTradePrevention == SelfTradePrevention.CancelIncoming) { selfTradeStop = true; return remaining; }
                    var makerId = maker.Id;
                    var makerRemaining = maker.Remaining;
                    RemoveNode(node);
                    _listener.OnCancelled(makerId, makerRemaining, BookCancelReason.SelfTrade);
                    if (SelfTradePrevention == SelfTradePrevention.CancelBoth) { selfTradeStop = true; return remaining; }
                    node = next;
                    // RemoveNode may have freed the level; re-read it before continuing.
                    if (node == None) break;
                    continue;
                }
                var quantity = remaining < maker.Remaining ? remaining : maker.Remaining;
                maker.Remaining -= quantity;
                level.Quantity -= quantity;
                remaining -= quantity;
                var tradeId = _nextTradeId++;
                _listener.OnTrade(tradeId, order.OrderId, order.OwnerId, maker.Id, maker.Owner, order.Side, level.Price,
                    quantity, maker.Remaining, remaining);
                if (maker.Remaining == 0) RemoveNode(node);
                node = next;
            }
        }
        return remaining;
    }

    private void Rest(long orderId, long owner, OrderSide side, long price, long quantity)
    {
        var levelIndex = FindOrAddLevel(side, price);
        var node = AllocateNode();
        ref var n = ref _nodes[node];
        n.Id = orderId;
        n.Owner = owner;
        n.Remaining = quantity;
        n.Side = side;
        n.Level = levelIndex;
        n.Next = None;
        ref var level = ref _levels[levelIndex];
        n.Prev = level.Tail;
        if (level.Tail != None) _nodes[level.Tail].Next = node;
        else level.Head = node;
        level.Tail = node;
        level.Count++;
        level.Quantity += quantity;
        _nodeById.Add(orderId, node);
        _listener.OnRested(orderId, price, quantity);
    }

    private void RemoveNode(int node)
    {
        ref var n = ref _nodes[node];
        var levelIndex = n.Level;
        ref var level = ref _levels[levelIndex];
        if (n.Prev != None) _nodes[n.Prev].Next = n.Next;
        else level.Head = n.Next;
        if (n.Next != None) _nodes[n.Next].Prev = n.Prev;
        else level.Tail = n.Prev;
        level.Count--;
        level.Quantity -= n.Remaining;
        _nodeById.Remove(n.Id);
        var side = n.Side;
        n.Next = _freeNode;
        _freeNode = node;
        if (level.Count == 0) RemoveLevel(side, levelIndex);
    }

    private int AllocateNode()
    {
        if (_freeNode != None)
        {
            var node = _freeNode;
            _freeNode = _nodes[node].Next;
            return node;
        }
        if (_nodeCount == _nodes.Length) Array.Resize(ref _nodes, _nodes.Length * 2);
        return _nodeCount++;
    }
}
