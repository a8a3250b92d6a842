using System.Collections.Frozen;
using Hive.Actors.Diagnostics;
using Hyperion;

namespace Hive.Actors.Serialization;

/// <summary>
/// The types Hyperion may create when it reads a message from another node: Hive's own (its assemblies), Akka's, and the
/// plain values and collections they are made of. Everything else is refused before an instance exists, so a peer cannot
/// make a node build a type of its choosing (the deserialization gadgets: a process, a delegate, a file stream) the way
/// <c>System.Object</c> bound to Hyperion would otherwise allow; Hyperion's own deny-list of known gadgets stays on as well.
/// A type name is the assembly-qualified name Hyperion writes; a generic type is allowed only when each of its arguments is.
/// Each refusal is counted (<see cref="RefusedCounter"/>) and Akka logs the failed message.
/// </summary>
public sealed class HyperionAllowList(IEnumerable<string> moreAssemblies) : ITypeFilter
{
    /// <summary>The list as the node runs it.</summary>
    public static readonly HyperionAllowList Instance = new([]);

    /// <summary>HOCON naming more assemblies whose types are allowed (<c>akka.actor.serialization-settings.hyperion</c>'s
    /// <c>hive-allowed-assemblies</c>): for specs that persist a test assembly's payloads; a node sets none.</summary>
    public const string MoreAssembliesKey = "hive-allowed-assemblies";

    private readonly FrozenSet<string> _moreAssemblies = moreAssemblies.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The <see cref="HiveCounters"/> key counting payloads refused for naming a type off the list.</summary>
    public const string RefusedCounter = "hyperion-refused";

    private static readonly FrozenSet<string> HiveAssemblies =
        new[] { "Hive.Core", "Hive.Actors", "hive", "Hive.Data", "Hive.Indicators", "Hive.Lighthouse" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FrameworkAssemblies = new[]
    {
        "System.Private.CoreLib", "mscorlib", "netstandard", "System.Runtime", "System.Collections", "System.Collections.Immutable",
        "System.Private.Uri",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Values with no behaviour of their own beyond their fields.</summary>
    private static readonly FrozenSet<string> FrameworkValues = new[]
    {
        "System.Boolean", "System.Byte", "System.SByte", "System.Char", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Int128", "System.UInt128", "System.Single", "System.Double", "System.Half", "System.Decimal",
        "System.String", "System.Guid", "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.TimeSpan",
        "System.Nullable`1", "System.Uri", "System.Version", "System.DBNull",
        // how Hyperion writes a dictionary's entries
        "System.Collections.DictionaryEntry",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Namespaces whose types are collections of other values (their elements are checked on their own).</summary>
    private static readonly string[] CollectionNamespaces =
        ["System.Collections.Generic.", "System.Collections.Immutable.", "System.Collections.Frozen.", "System.Collections.ObjectModel."];

    public bool IsAllowed(string typeName)
    {
        var allowed = TypeNames.Parts(typeName).All(part => Allows(part.Type, part.Assembly));
        if (!allowed) HiveCounters.Record(RefusedCounter);
        return allowed;
    }

    private bool Allows(string type, string? assembly)
    {
        if (assembly is null) return false;
        if (HiveAssemblies.Contains(assembly) || _moreAssemblies.Contains(assembly)) return true;
        if (assembly == "Akka" || assembly.StartsWith("Akka.", StringComparison.Ordinal)) return true;
        if (!FrameworkAssemblies.Contains(assembly)) return false;
        return FrameworkValues.Contains(type) || IsTuple(type) || CollectionNamespaces.Any(ns => type.StartsWith(ns, StringComparison.Ordinal) && !type.Contains('+'))
               // The comparers a dictionary or set was built with (ordinal, case-insensitive, default equality).
               || type.EndsWith("Comparer", StringComparison.Ordinal) && type.StartsWith("System.", StringComparison.Ordinal) && type.IndexOf('.', 7) < 0
               || type.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) && type.EndsWith("Comparer`1", StringComparison.Ordinal);
    }

    private static bool IsTuple(string type) =>
        type.StartsWith("System.Tuple`", StringComparison.Ordinal) || type.StartsWith("System.ValueTuple`", StringComparison.Ordinal);
}
