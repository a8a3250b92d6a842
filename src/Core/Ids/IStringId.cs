namespace Hive.Core.Ids;

/// <summary>A typed id written as a plain string (in JSON, URLs, journals).</summary>
public interface IStringId<TSelf> where TSelf : IStringId<TSelf>
{
    static abstract TSelf Parse(string text);
}
