using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hive.Core.Drills;

using Hive.Cluster.Management;

namespace Hive.Cluster.Drills;

/// <summary>
/// The drill's API client: sends one operation to one node and records it in the history with its outcome. A 2xx answer
/// is <c>ok</c> (acknowledged), a 4xx answer or a connection refused before anything was sent is <c>fail</c>, and
/// anything else (a timeout, a 5xx, a connection cut mid-request) is <c>info</c>: it may or may not have happened.
/// </summary>
public sealed class DrillClient(DrillHistory history)
{
    public const string Currency = "USD";
    public const string Instrument = "SIM:SPX";

    public DrillHistory History { get; } = history;

    /// <summary>A deposit; <paramref name="timeout"/> (shorter than the client's 5 s) is for probes that retry often.</summary>
    public Task<DrillOutcome> DepositAsync(DrillNode node, string account, string transferId, decimal amount, CancellationToken ct, TimeSpan? timeout = null) =>
        SendAsync(node, $"api/accounts/{account}/deposit", new { transferId, currency = Currency, amount },
            (seq, at, outcome, detail, done) => new DrillOperation(seq, DrillOperationKind.Deposit, account, transferId, at, done, outcome, detail,
                Amount: amount, Currency: Currency), ct, timeout);

    public Task<DrillOutcome> SubmitAsync(DrillNode node, string account, string orderId, decimal quantity, decimal? limitPrice, CancellationToken ct) =>
        SendAsync(node, "api/orders", new
            {
                clientOrderId = orderId, accountId = account, instrument = Instrument, side = "buy",
                type = limitPrice is null ? "market" : "limit", quantity, limitPrice,
            },
            (seq, at, outcome, detail, done) => new DrillOperation(seq, DrillOperationKind.Submit, account, orderId, at, done, outcome, detail,
                Instrument: Instrument, Side: "buy", Quantity: quantity, LimitPrice: limitPrice), ct);

    public Task<DrillOutcome> CancelAsync(DrillNode node, string account, string orderId, CancellationToken ct) =>
        SendAsync(node, $"api/orders/{orderId}/cancel", new { reason = "drill" },
            (seq, at, outcome, detail, done) => new DrillOperation(seq, DrillOperationKind.Cancel, account, orderId, at, done, outcome, detail), ct);

    private delegate DrillOperation Describe(long seq, DateTime invokedAt, DrillOutcome outcome, string? detail, DateTime completedAt);

    private async Task<DrillOutcome> SendAsync(DrillNode node, string path, object body, Describe describe, CancellationToken ct, TimeSpan? timeout = null)
    {
        var seq = History.NextSeq();
        var at = DateTime.UtcNow;
        var (outcome, detail) = await PostAsync(node, path, body, ct, timeout);
        History.Add(describe(seq, at, outcome, detail is null ? $"{node.Name}" : $"{node.Name}: {detail}", DateTime.UtcNow) with { Node = node.Name });
        return outcome;
    }

    public static async Task<(DrillOutcome Outcome, string? Detail)> PostAsync(DrillNode node, string path, object body, CancellationToken ct,
        TimeSpan? timeout = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (timeout is { } t) deadline.CancelAfter(t);
        try
        {
            using var content = new StringContent(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
            using var response = await node.Http.PostAsync(path, content, deadline.Token);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300) return (DrillOutcome.Ok, null);
            var text = await response.Content.ReadAsStringAsync(deadline.Token);
            var code = ErrorCode(text) ?? $"HTTP {status}";
            // A cut-off node refuses before it does anything: that 503 is a definite "not applied".
            return (status is >= 400 and < 500 || code == PartitionSide.CutOff ? DrillOutcome.Fail : DrillOutcome.Info, code);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return (DrillOutcome.Fail, "connection refused");
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return (DrillOutcome.Info, e is TaskCanceledException ? "timed out" : e.Message);
        }
    }

    private static string? ErrorCode(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
