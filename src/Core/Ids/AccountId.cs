using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>An account (cash, positions, risk limits); the account entity's id.</summary>
[JsonConverter(typeof(StringIdJsonConverter<AccountId>))]
public readonly record struct AccountId(string Value) : IStringId<AccountId>
{
    public override string ToString() => Value;

    public static AccountId Parse(string text) => new(IdText.Require(text, "AccountId"));
}
