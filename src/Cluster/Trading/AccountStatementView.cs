using Hive.Core.Accounts.Statements;

namespace Hive.Cluster.Trading;

/// <summary>An account statement as the API sends it and <c>hive report statement</c> reads it back.</summary>
public sealed record AccountStatementView(string AccountId, DateTime From, DateTime To, IReadOnlyList<StatementBalance> Balances,
    IReadOnlyList<StatementLine> Lines, IReadOnlyList<StatementPosition> Positions)
{
    public static AccountStatementView Of(AccountStatement s) => new(s.AccountId.Value, s.From, s.To, s.Balances, s.Lines, s.Positions);
}
