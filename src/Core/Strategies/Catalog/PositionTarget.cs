namespace Hive.Core.Strategies.Catalog;

/// <summary>The position a signal asks for: long, flat or short, sized by the strategy's <see cref="EntrySizing"/>.</summary>
public enum PositionTarget
{
    Flat,
    Long,
    Short,
}
