namespace Hive.Core.Accounts;

public enum AccountType
{
    /// <summary>Spot only: buys are paid from cash, sells need the position; no shorting, no leverage.</summary>
    Cash,
    /// <summary>Long and short, with buying power of equity x leverage.</summary>
    Margin,
}
