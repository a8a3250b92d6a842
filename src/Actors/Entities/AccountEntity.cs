using Hive.Core.Entities.Accounts;
using Hive.Core.Ids;

namespace Hive.Actors.Entities;

public sealed class AccountEntity(string entityId, EntitySettings settings)
    : EntityActor<AccountState, AccountCommand, AccountEvent, GetAccount>(
        RegionNames.Account, entityId, AccountState.Empty(new AccountId(entityId)), settings);
