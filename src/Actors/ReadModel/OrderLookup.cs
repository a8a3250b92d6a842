using Hive.Core.Ids;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The order groups' question to the read side — which of these orders do you hold? — batched across every group of the
/// node: one query runs at a time, and the questions asked meanwhile go into the next one, so under load a node asks once
/// per round trip instead of once per new order (measured on PostgreSQL, where each query is a round trip to the server).
/// Its answers are complete or an error (<see cref="ReadModelQueries.OrdersOfAsync"/>: not while a rebuild catches up).
/// </summary>
public sealed class OrderLookup(ReadModelQueries queries)
{
    private readonly object _gate = new();
    private List<(IReadOnlyCollection<ClientOrderId> Ids, TaskCompletionSource<IReadOnlyList<OrderRow>> Done)> _waiting = [];
    private bool _running;

    public Task<IReadOnlyList<OrderRow>> OrdersOfAsync(IReadOnlyCollection<ClientOrderId> ids)
    {
        var done = new TaskCompletionSource<IReadOnlyList<OrderRow>>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool start;
        lock (_gate)
        {
            _waiting.Add((ids, done));
            start = !_running;
            _running = true;
        }
        if (start) _ = Task.Run(AnswerWaitingAsync);
        return done.Task;
    }

    /// <summary>Which of a group's finished orders the read side holds finished (whether the group may forget them). Not in the
    /// batch: a group asks it once a second about up to 500 orders, and a new order's question must not wait behind it.</summary>
    public Task<IReadOnlySet<ClientOrderId>> FinishedOfAsync(IReadOnlyCollection<ClientOrderId> ids) => queries.FinishedOfAsync(ids);

    /// <summary>The fills of orders found (only a strategy's repeat of a forgotten order needs them: rare, not batched).</summary>
    public Task<ILookup<ClientOrderId, FillRow>> FillsOfAsync(IReadOnlyCollection<ClientOrderId> orders) => queries.FillsOfAsync(orders);

    private async Task AnswerWaitingAsync()
    {
        while (true)
        {
            List<(IReadOnlyCollection<ClientOrderId> Ids, TaskCompletionSource<IReadOnlyList<OrderRow>> Done)> batch;
            lock (_gate)
            {
                if (_waiting.Count == 0)
                {
                    _running = false;
                    return;
                }
                batch = _waiting;
                _waiting = [];
            }
            try
            {
                // One query for the lot: the ids are bound as one parameter, whatever their number.
                var found = (await queries.OrdersOfAsync(batch.SelectMany(b => b.Ids).Distinct().ToList())).ToDictionary(r => r.ClientOrderId);
                foreach (var (ids, done) in batch) done.SetResult(ids.Where(found.ContainsKey).Select(id => found[id]).ToList());
            }
            catch (Exception e)
            {
                foreach (var (_, done) in batch) done.SetException(e);
            }
        }
    }
}
