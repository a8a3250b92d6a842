using System.Text.Json.Serialization;

namespace Hive.Core.Ids;

/// <summary>A parent order worked by an execution algorithm, named by its client: the idempotency key and the algo entity's id.
/// Its children are the orders <c>{algo id}-{n}</c>.</summary>
[JsonConverter(typeof(StringIdJsonConverter<AlgoId>))]
public readonly record struct AlgoId(string Value) : IStringId<AlgoId>
{
    public override string ToString() => Value;

    public static AlgoId Parse(string text) => new(IdText.Require(text, "AlgoId"));
}
