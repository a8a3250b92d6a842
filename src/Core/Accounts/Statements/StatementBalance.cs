namespace Hive.Core.Accounts.Statements;

/// <summary>One currency of an account over a statement's period: <c>Closing = Opening + Deposits − Bought + Sold − Fees</c>
/// (fees in the currency they were charged in), and the P&amp;L realized by the period's fills.</summary>
public sealed record StatementBalance(
    string Currency, decimal Opening, decimal Deposits, decimal Bought, decimal Sold, decimal Fees, decimal RealizedPnl, decimal Closing);
