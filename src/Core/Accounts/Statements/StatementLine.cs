namespace Hive.Core.Accounts.Statements;

/// <summary>
/// One entry of a statement, in booking order: a deposit (<see cref="Kind"/> <c>deposit</c>, <see cref="Reference"/> the transfer
/// id) or a fill (<c>fill</c>, the trade id, with its order, instrument, side, size, price and fee). <see cref="Amount"/> is what it
/// moved in <see cref="Currency"/> (a buy pays its notional, a sell receives it; the fee is apart), <see cref="Balance"/> the cash in
/// <see cref="Currency"/> after the entry and its fee, <see cref="RealizedPnl"/> what a fill closing a position realized.
/// </summary>
public sealed record StatementLine(
    DateTime BookedAt, string Kind, string Reference, string Currency, decimal Amount, decimal Balance,
    string? OrderId = null, string? Instrument = null, string? Side = null, decimal? Quantity = null, decimal? Price = null,
    DateTime? ExecutedAt = null, decimal Fee = 0m, string? FeeCurrency = null, decimal RealizedPnl = 0m);
