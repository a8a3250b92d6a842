namespace Hive.Core.Surveillance;

/// <summary>What one scan looks at: orders, trades and who owns each account.</summary>
public sealed record SurveillanceInput(IReadOnlyList<SurveilledOrder> Orders, IReadOnlyList<SurveilledTrade> Trades, AccountOwners Owners);
