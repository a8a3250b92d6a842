using System.Collections.Immutable;
using Hive.Core.Ids;

namespace Hive.Core.Surveillance;

/// <summary>
/// Who owns each account (the beneficial owner a regulator asks about). An account nobody assigned is its own owner, so
/// with no map at all the detectors still catch an account trading with itself; accounts given one owner are watched
/// together (a wash between two accounts of one desk).
/// </summary>
public sealed record AccountOwners(ImmutableDictionary<AccountId, string> Assigned)
{
    public static readonly AccountOwners None = new(ImmutableDictionary<AccountId, string>.Empty);

    public string OwnerOf(AccountId account) => Assigned.TryGetValue(account, out var owner) ? owner : account.Value;

    public AccountOwners With(AccountId account, string owner) => new(Assigned.SetItem(account, owner));
}
