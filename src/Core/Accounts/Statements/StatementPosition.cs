namespace Hive.Core.Accounts.Statements;

/// <summary>A position at the end of a statement's period, at average cost (a statement does not mark to market: marks move
/// after the period ends, the booked figures do not).</summary>
public sealed record StatementPosition(string Instrument, string Currency, decimal Quantity, decimal AverageCost, decimal CostBasis, decimal RealizedPnl);
