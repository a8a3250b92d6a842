using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>A command for one account entity, routed by account id.</summary>
public interface IAccountCommand : IWithAccountId;
