using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Accounts;

/// <summary>Apply a fill to cash, position, fees and the order's reservation. <see cref="FillNumber"/> is the fill's number
/// within its order (1, 2, ...): the account books fill n only after fill n-1, once, by that number, and only while the order
/// holds buying power (without an open hold a numbered fill is a repeat). 0 books a fill outside the order flow, as given.</summary>
public sealed record BookExecution(Execution Execution, int FillNumber) : IAccountCommand
{
    public AccountId AccountId => Execution.AccountId;
}
