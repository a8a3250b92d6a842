namespace Hive.Core.Trading;

/// <summary>Price-level bookkeeping: the sorted level arrays of each side and the level pool.</summary>
public sealed partial class MatchingEngine
{
    /// <summary>Levels from the best price outwards, at most <paramref name="maxLevels"/> (allocates: for tests, snapshots and displays).</summary>
    public IReadOnlyList<BookLevel> Depth(OrderSide side, int maxLevels = int.MaxValue)
    {
        var levels = side == OrderSide.Buy ? _bids : _asks;
        var count = side == OrderSide.Buy ? _bidCount : _askCount;
        var result = new List<BookLevel>(Math.Min(count, maxLevels));
        for (var i = count - 1; i >= 0 && result.Count < maxLevels; i--)
        {
            ref var level = ref _levels[levels[i]];
            result.Add(new BookLevel(level.Price, level.Quantity, level.Count));
        }
        return result;
    }

    /// <summary>The resting order ids at one price in time priority (allocates: for tests and snapshots).</summary>
    public IReadOnlyList<long> OrdersAt(OrderSide side, long priceTicks)
    {
        var result = new List<long>();
        var position = Search(side, priceTicks, out var found);
        if (!found) return result;
        var levels = side == OrderSide.Buy ? _bids : _asks;
        for (var node = _levels[levels[position]].Head; node != None; node = _nodes[node].Next)
            result.Add(_nodes[node].Id);
        return result;
    }

    // Both arrays are sorted ascending by "goodness": bids by price, asks by negated price, so the best
    // level is always the last element and the binary search is shared.
    private int Search(OrderSide side, long price, out bool found)
    {
        var levels = side == OrderSide.Buy ? _bids : _asks;
        var count = side == OrderSide.Buy ? _bidCount : _askCount;
        var key = side == OrderSide.Buy ? price : -price;
        // Most activity is near the best price: check the top before searching.
        if (count > 0)
        {
            var topKey = side == OrderSide.Buy ? _levels[levels[count - 1]].Price : -_levels[levels[count - 1]].Price;
            if (key == topKey) { found = true; return count - 1; }
            if (key > topKey) { found = false; return count; }
        }
        int low = 0, high = count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var midPrice = _levels[levels[mid]].Price;
            var midKey = side == OrderSide.Buy ? midPrice : -midPrice;
            if (midKey == key) { found = true; return mid; }
            if (midKey < key) low = mid + 1;
            else high = mid - 1;
        }
        found = false;
        return low;
    }

    private int FindOrAddLevel(OrderSide side, long price)
    {
        var position = Search(side, price, out var found);
        var isBuy = side == OrderSide.Buy;
        if (found) return isBuy ? _bids[position] : _asks[position];

        var levelIndex = AllocateLevel();
        ref var level = ref _levels[levelIndex];
        level.Price = price;
        level.Quantity = 0;
        level.Head = None;
        level.Tail = None;
        level.Count = 0;

        ref var levels = ref isBuy ? ref _bids : ref _asks;
        ref var count = ref isBuy ? ref _bidCount : ref _askCount;
        if (count == levels.Length) Array.Resize(ref levels, levels.Length * 2);
        if (position < count) Array.Copy(levels, position, levels, position + 1, count - position);
        levels[position] = levelIndex;
        count++;
        return levelIndex;
    }

    private void RemoveLevel(OrderSide side, int levelIndex)
    {
        var isBuy = side == OrderSide.Buy;
        ref var levels = ref isBuy ? ref _bids : ref _asks;
        ref var count = ref isBuy ? ref _bidCount : ref _askCount;
        int position;
        if (levels[count - 1] == levelIndex) position = count - 1;
        else
        {
            position = Search(side, _levels[levelIndex].Price, out var found);
            if (!found) throw new InvalidOperationException($"book corrupted: level {_levels[levelIndex].Price} is not on the {side} side");
        }
        if (position < count - 1) Array.Copy(levels, position + 1, levels, position, count - 1 - position);
        count--;
        _levels[levelIndex].Head = _freeLevel;
        _freeLevel = levelIndex;
    }

    private int AllocateLevel()
    {
        if (_freeLevel != None)
        {
            var levelIndex = _freeLevel;
            _freeLevel = _levels[levelIndex].Head;
            return levelIndex;
        }
        if (_levelCount == _levels.Length) Array.Resize(ref _levels, _levels.Length * 2);
        return _levelCount++;
    }
}
