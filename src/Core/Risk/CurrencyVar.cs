namespace Hive.Core.Risk;

/// <summary>
/// The one-day historical VaR and CVaR of an account's positions in one currency, over the daily returns
/// <see cref="From"/>..<see cref="To"/> (<see cref="Observations"/> of them). Empty <see cref="Results"/> with a
/// <see cref="Reason"/> when it cannot be estimated: a position without history is never left out silently.
/// </summary>
public sealed record CurrencyVar(string Currency, int Observations, DateOnly? From, DateOnly? To, IReadOnlyList<VarAmount> Results, string? Reason);
