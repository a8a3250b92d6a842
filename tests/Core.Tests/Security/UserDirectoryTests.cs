using Hive.Core.Ids;
using Hive.Core.Security;

namespace Hive.Core.Tests.Security;

public class UserDirectoryTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    private static UserDirectoryState Run(UserDirectoryState state, IUserDirectoryCommand command)
    {
        var decision = state.Decide(command, Now);
        Assert.Null(decision.Rejection);
        return decision.Events.Aggregate(state, (s, e) => s.Apply(e));
    }

    private static AddUser Trader(string name, out string key, params string[] accounts)
    {
        (key, var stored) = ApiKeys.Generate();
        return new AddUser(new UserName(name), ApiRole.Trader, [.. accounts.Select(a => new AccountId(a))], stored, "admin");
    }

    [Fact]
    public void A_key_verifies_against_its_stored_hash_and_nothing_else_does()
    {
        var (key, stored) = ApiKeys.Generate();
        var state = Run(UserDirectoryState.Empty, new AddUser(new UserName("alice"), ApiRole.Viewer, [new AccountId("A")], stored, "admin"));
        var user = state.Users["alice"];

        Assert.True(ApiKeys.TryParse(key, out var keyId, out var secret));
        Assert.Equal(user.KeyId, keyId);
        Assert.True(ApiKeys.Verify(user, secret));
        Assert.False(ApiKeys.Verify(user, secret[..^1] + (secret[^1] == '0' ? '1' : '0')));
        Assert.DoesNotContain(secret, user.KeyHash + user.Salt + user.KeyId, StringComparison.Ordinal);
        Assert.False(ApiKeys.TryParse("not-a-key", out _, out _));
    }

    [Fact]
    public void Two_keys_for_the_same_secret_text_hash_differently_because_of_their_salts()
    {
        var (_, first) = ApiKeys.Generate();
        var (_, second) = ApiKeys.Generate();

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(ApiKeys.Hash(first.Salt, "same"), ApiKeys.Hash(second.Salt, "same"));
    }

    [Fact]
    public void A_name_is_never_reused_even_after_a_revoke()
    {
        var state = Run(UserDirectoryState.Empty, Trader("bob", out _, "A"));
        state = Run(state, new RevokeUser(new UserName("bob"), "admin"));

        var again = state.Decide(Trader("bob", out _, "A"), Now);

        Assert.Equal(SecurityRejections.UserExists, again.Rejection?.Code);
        Assert.True(state.Users["bob"].Revoked);
    }

    [Fact]
    public void Traders_and_viewers_need_accounts_and_the_other_roles_take_none()
    {
        var (_, stored) = ApiKeys.Generate();
        var noAccounts = UserDirectoryState.Empty.Decide(new AddUser(new UserName("t"), ApiRole.Trader, [], stored, "admin"), Now);
        var riskWithAccounts = UserDirectoryState.Empty.Decide(new AddUser(new UserName("r"), ApiRole.Risk, [new AccountId("A")], stored, "admin"), Now);

        Assert.Equal(SecurityRejections.InvalidUser, noAccounts.Rejection?.Code);
        Assert.Equal(SecurityRejections.InvalidUser, riskWithAccounts.Rejection?.Code);
    }

    [Fact]
    public void A_rotated_key_replaces_the_old_one_and_a_revoked_user_cannot_rotate()
    {
        var state = Run(UserDirectoryState.Empty, Trader("carol", out var oldKey, "A", "A", "B"));
        var (_, fresh) = ApiKeys.Generate();
        state = Run(state, new RotateUserKey(new UserName("carol"), fresh, "admin"));
        ApiKeys.TryParse(oldKey, out _, out var oldSecret);

        Assert.Equal(fresh.KeyId, state.Users["carol"].KeyId);
        Assert.False(ApiKeys.Verify(state.Users["carol"], oldSecret));
        Assert.Equal(["A", "B"], state.Users["carol"].Accounts.Select(a => a.Value));
        state = Run(state, new RevokeUser(new UserName("carol"), "admin"));
        Assert.Equal(SecurityRejections.UserRevoked, state.Decide(new RotateUserKey(new UserName("carol"), fresh, "admin"), Now).Rejection?.Code);
    }

    [Fact]
    public void Unknown_users_are_refused_and_a_second_revoke_changes_nothing()
    {
        var state = Run(UserDirectoryState.Empty, Trader("dave", out _, "A"));
        state = Run(state, new RevokeUser(new UserName("dave"), "admin"));

        Assert.Equal(SecurityRejections.UnknownUser, state.Decide(new RevokeUser(new UserName("erin"), "admin"), Now).Rejection?.Code);
        Assert.Empty(state.Decide(new RevokeUser(new UserName("dave"), "admin"), Now).Events);
        Assert.Equal(2, state.Version);
    }
}
