using System.Text.Json.Serialization;
using Hive.Core.Ids;

namespace Hive.Core.Security;

/// <summary>A user of the API (a person or a program holding one key); the user directory's key.</summary>
[JsonConverter(typeof(StringIdJsonConverter<UserName>))]
public readonly record struct UserName(string Value) : IStringId<UserName>
{
    public override string ToString() => Value;

    public static UserName Parse(string text) => new(IdText.Require(text, "UserName"));
}
