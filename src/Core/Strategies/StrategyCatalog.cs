using System.Reflection;
using Hive.Core.Domain;

namespace Hive.Core.Strategies;

/// <summary>
/// Strategies by catalog name, built from string parameters (as they arrive from the CLI, the HTTP API or a
/// persisted <c>StrategyStarted</c> event). Every <see cref="ICatalogStrategy"/> in this assembly is listed by
/// itself. A bad name or parameter is an <see cref="ArgumentException"/> naming it; <see cref="Check"/> turns that
/// into a rejection.
/// </summary>
public static class StrategyCatalog
{
    public const string InvalidParameters = "invalid-strategy-parameters";

    private static readonly IReadOnlyDictionary<string, StrategyDescriptor> ByName = Discover();

    public static IReadOnlyList<string> Kinds { get; } = ByName.Keys.Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<StrategyDescriptor> Descriptors { get; } = Kinds.Select(k => ByName[k]).ToList();

    public static StrategyDescriptor Describe(string kind) =>
        ByName.TryGetValue(kind, out var descriptor)
            ? descriptor
            : throw new ArgumentException($"unknown strategy '{kind}'; the catalog has {string.Join(", ", Kinds)}");

    public static CatalogStrategy Create(string kind, IReadOnlyDictionary<string, string> parameters)
    {
        var descriptor = Describe(kind);
        try
        {
            return descriptor.Build(new StrategyArguments(descriptor, parameters));
        }
        catch (ArgumentOutOfRangeException e)
        {
            // Constructors validate with ArgumentOutOfRangeException; its message carries " (Parameter 'x')".
            throw new ArgumentException($"{kind}: {e.Message.Split(" (Parameter")[0]}", e);
        }
    }

    public static Rejection? Check(string kind, IReadOnlyDictionary<string, string> parameters)
    {
        try
        {
            Create(kind, parameters);
            return null;
        }
        catch (ArgumentException e)
        {
            return new Rejection(InvalidParameters, e.Message);
        }
    }

    private static Dictionary<string, StrategyDescriptor> Discover()
    {
        var found = new Dictionary<string, StrategyDescriptor>(StringComparer.Ordinal);
        foreach (var type in typeof(StrategyCatalog).Assembly.GetTypes())
        {
            if (type.IsAbstract || !type.GetInterfaces().Contains(typeof(ICatalogStrategy))) continue;
            var property = type.GetProperty(nameof(ICatalogStrategy.Descriptor), BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{type.Name} implements ICatalogStrategy without a public static Descriptor");
            var descriptor = (StrategyDescriptor)property.GetValue(null)!;
            if (!found.TryAdd(descriptor.Name, descriptor))
                throw new InvalidOperationException($"two strategies are named '{descriptor.Name}': {found[descriptor.Name]} and {type.Name}");
        }
        return found;
    }
}
