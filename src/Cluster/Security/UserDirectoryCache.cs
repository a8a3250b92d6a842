using System.Collections.Frozen;
using Hive.Core.Security;

namespace Hive.Cluster.Security;

/// <summary>
/// This node's copy of the user directory, indexed by key id, so checking a key is one dictionary lookup and one SHA-256.
/// Replaced whole by newer versions of the directory (<see cref="UserDirectoryFollower"/> feeds it from pub-sub and a
/// periodic read); an older or equal version is ignored, so the order in which copies arrive does not matter.
/// </summary>
public sealed class UserDirectoryCache
{
    private readonly Lock _gate = new();
    private volatile Copy _copy = new(-1, FrozenDictionary<string, (ApiUser, ApiCaller)>.Empty);

    /// <summary>The directory version this node enforces; -1 before the first copy arrived.</summary>
    public long Version => _copy.Version;

    public void Update(UserDirectoryState state)
    {
        lock (_gate)
        {
            if (state.Version <= _copy.Version) return;
            _copy = new Copy(state.Version, state.Users.Values.Where(u => !u.Revoked)
                .ToFrozenDictionary(u => u.KeyId, u => (u, ApiCaller.From(u)), StringComparer.Ordinal));
        }
    }

    /// <summary>The caller holding this key, or null for an unknown, rotated or revoked one.</summary>
    public ApiCaller? Find(string keyId, string secret) =>
        _copy.ByKeyId.TryGetValue(keyId, out var entry) && ApiKeys.Verify(entry.User, secret) ? entry.Caller : null;

    private sealed record Copy(long Version, FrozenDictionary<string, (ApiUser User, ApiCaller Caller)> ByKeyId);
}
