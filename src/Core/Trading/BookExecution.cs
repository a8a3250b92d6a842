using Hive.Core.Ids;

namespace Hive.Core.Trading;

/// <summary>Apply a fill to cash, position, fees and the order's reservation. <see cref="FillNumber"/> is the fill's number
/// within its order (1, 2, ...): the account books fill n only after fill n-1, and once, by that number.</summary>
public sealed record BookExecution(Execution Execution, int FillNumber) : IAccountCommand
{
    public AccountId AccountId => Execution.AccountId;
}
