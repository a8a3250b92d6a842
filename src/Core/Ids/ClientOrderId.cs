namespace Hive.Core.Ids;

/// <summary>The client's id for an order: the idempotency key and the order entity's id.</summary>
public readonly record struct ClientOrderId(string Value)
{
    public override string ToString() => Value;

    public static ClientOrderId Parse(string text) => new(IdText.Require(text, "ClientOrderId"));
}
