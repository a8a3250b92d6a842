using Hive.Actors.Entities;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using static Hive.Cluster.Http.ApiInput;
using Hive.Core.Accounts;
using Hive.Core.Accounts.Statements;

namespace Hive.Cluster.Http;

/// <summary>Accounts: list (from the read tables), show (balances, positions marked at last prices, P&amp;L), a statement of a
/// period (from the account's journal), open, deposit.</summary>
public static class AccountEndpoints
{
    public static void Map(WebApplication app, RouteGroupBuilder write)
    {
        app.MapGet("/api/accounts", async (HttpContext context, ReadModelQueries queries, CancellationToken ct) =>
        {
            var caller = ApiCaller.Of(context)!;
            var accounts = (await queries.AccountsAsync(ct)).Where(a => caller.MayActOn(a.AccountId)).Select(AccountSummaryView.From).ToList();
            return Results.Json(new { count = accounts.Count, accounts });
        }).RequireAccess(ApiAccess.AccountRead, AccountSource.QueryAccount);
        app.MapGet("/api/accounts/{id}", (string id, TradingReader reader, CancellationToken ct) => WithId(id, "account id", async () =>
            await reader.AccountAsync(AccountId.Parse(id), ct) is { } view
                ? Results.Json(view)
                : ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"account '{id}' does not exist")))
            .RequireAccess(ApiAccess.AccountRead, AccountSource.RouteAccount);
        app.MapGet("/api/accounts/{id}/statement", (string id, HttpRequest r, EntityJournalReader journal, CancellationToken ct) => WithId(id, "account id", async () =>
        {
            if (!ReadQueryInput.Time(r.Query["from"], "from", out var from, out var error) || !ReadQueryInput.Time(r.Query["to"], "to", out var to, out error))
                return error!;
            var (start, end) = (from ?? DateTime.MinValue, to ?? DateTime.UtcNow);
            if (end <= start) return ApiResults.BadRequest("invalid-period", $"to {end:O} is not after from {start:O}");
            var events = await journal.EventsAsync<IAccountEvent>(RegionNames.Account, id, ct);
            return events.Count == 0
                ? ApiResults.Error(StatusCodes.Status404NotFound, "not-found", $"account '{id}' does not exist")
                : Results.Json(AccountStatementView.Of(AccountStatement.Build(AccountId.Parse(id), events, start, end)));
        })).RequireAccess(ApiAccess.AccountRead, AccountSource.RouteAccount);
        write.MapPost("/accounts/{id}/open", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ReadOptionalAsync<OpenAccountRequest>(r);
            if (error is not null) return error;
            if (!TryEnum(body?.Type, AccountType.Cash, out var type)) return BadEnum<AccountType>("type", body?.Type);
            return await WithId(id, "account id", () => ApiResults.SendAsync(g, new OpenAccount(AccountId.Parse(id), type, body?.Leverage ?? 1m)));
        }).RequireAccess(ApiAccess.Admin);
        write.MapPost("/accounts/{id}/deposit", async (string id, HttpRequest r, EntityGateway g) =>
        {
            var (body, error) = await ApiResults.ReadBodyAsync<DepositRequest>(r);
            if (error is not null) return error;
            if (string.IsNullOrWhiteSpace(body!.TransferId)) return Missing("transferId");
            if (string.IsNullOrWhiteSpace(body.Currency)) return Missing("currency");
            if (body.Amount is not { } amount) return Missing("amount");
            return await WithId(id, "account id", () => ApiResults.SendAsync(g, new DepositFunds(AccountId.Parse(id), body.TransferId, body.Currency, amount)));
        }).RequireAccess(ApiAccess.Admin);
    }
}
