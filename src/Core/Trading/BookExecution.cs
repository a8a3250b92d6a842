using Hive.Core.Ids;

namespace Hive.Core.Trading;

/// <summary>Apply a fill to cash, position, fees and the order's reservation; idempotent per trade id.</summary>
public sealed record BookExecution(Execution Execution) : IAccountCommand
{
    public AccountId AccountId => Execution.AccountId;
}
