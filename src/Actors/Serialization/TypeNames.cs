namespace Hive.Actors.Serialization;

/// <summary>Splits an assembly-qualified type name into the types it names, without loading any of them: the type itself
/// and, for a generic type, each of its arguments (recursively). <c>List`1[[Hive.Core.X, Hive.Core]][], System.Private.CoreLib</c>
/// is <c>(System.Collections.Generic.List`1, System.Private.CoreLib)</c> and <c>(Hive.Core.X, Hive.Core)</c>; array brackets are
/// dropped (an array is as safe as its elements).</summary>
public static class TypeNames
{
    public static IEnumerable<(string Type, string? Assembly)> Parts(string name)
    {
        var arguments = new List<string>();
        int depth = 0, genericOpen = -1, genericClose = -1, argumentStart = -1;
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case '[':
                    if (depth == 0 && genericOpen < 0 && i + 1 < name.Length && name[i + 1] == '[') genericOpen = i;
                    else if (depth == 1 && genericOpen >= 0 && genericClose < 0) argumentStart = i + 1;
                    depth++;
                    break;
                case ']':
                    depth--;
                    if (depth == 1 && argumentStart >= 0)
                    {
                        arguments.Add(name[argumentStart..i]);
                        argumentStart = -1;
                    }
                    else if (depth == 0 && genericOpen >= 0 && genericClose < 0) genericClose = i;
                    break;
            }
        }

        var outer = genericOpen < 0 ? name : name[..genericOpen] + name[(genericClose + 1)..];
        var comma = outer.IndexOf(',');
        var type = (comma < 0 ? outer : outer[..comma]).Trim();
        var bracket = type.IndexOf('[');
        if (bracket >= 0) type = type[..bracket];
        var assembly = comma < 0 ? null : outer[(comma + 1)..].Split(',')[0].Trim();
        yield return (type, assembly);
        foreach (var argument in arguments)
        foreach (var part in Parts(argument))
            yield return part;
    }
}
