using System.Collections;
using System.Reflection;

namespace Hive.Actors.Tests.Serialization;

/// <summary>
/// Value comparison of wire objects, needed because records holding immutable collections compare
/// those by reference. Walks public properties; dictionaries by key, other collections in order or as multisets;
/// a DateTime must keep its Kind and a decimal its scale, since both are visible to the next reader.
/// Returns the path of the first difference, or null when equal.
/// </summary>
internal static class StructuralEquality
{
    public static string? FirstDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        var type = expected.GetType();
        // A property declared as IReadOnlyList<T> comes back as whatever list the deserializer builds: compare contents.
        var bothSequences = expected is IEnumerable and not string && actual is IEnumerable and not string;
        if (type != actual.GetType() && !bothSequences) return $"{path}: type {type.Name} vs {actual.GetType().Name}";

        switch (expected)
        {
            case DateTime e:
                var a = (DateTime)actual;
                return e.Ticks == a.Ticks && e.Kind == a.Kind ? null : $"{path}: {e:O} ({e.Kind}) vs {a:O} ({a.Kind})";
            case decimal d:
                return d.ToString(System.Globalization.CultureInfo.InvariantCulture) ==
                       ((decimal)actual).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    ? null : $"{path}: {d} vs {actual}";
            case string or Enum or bool or int or long or double:
                return expected.Equals(actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            case IDictionary ed:
                var ad = (IDictionary)actual;
                if (ed.Count != ad.Count) return $"{path}: {ed.Count} entries vs {ad.Count}";
                foreach (DictionaryEntry entry in ed)
                {
                    if (!ad.Contains(entry.Key)) return $"{path}[{entry.Key}]: missing";
                    if (FirstDifference(entry.Value, ad[entry.Key], $"{path}[{entry.Key}]") is { } inner) return inner;
                }
                return null;
            case IEnumerable ee:
                // In the same order element by element (records holding lists print those by type name, so only this compares them);
                // else as multisets of their printed values.
                var (inOrder, back) = (ee.Cast<object?>().ToList(), ((IEnumerable)actual).Cast<object?>().ToList());
                if (inOrder.Count == back.Count && inOrder.Select((e, i) => FirstDifference(e, back[i], $"{path}[{i}]")).All(d => d is null)) return null;
                var left = ee.Cast<object?>().Select(Show).Order(StringComparer.Ordinal).ToList();
                var right = ((IEnumerable)actual).Cast<object?>().Select(Show).Order(StringComparer.Ordinal).ToList();
                return left.SequenceEqual(right) ? null : $"{path}: [{string.Join(", ", left)}] vs [{string.Join(", ", right)}]";
        }

        if (type.IsValueType && type.GetProperties().Length == 0) return expected.Equals(actual) ? null : $"{path}: {expected} vs {actual}";
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var inner = FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
            if (inner is not null) return inner;
        }
        return null;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.ToString() ?? "",
    };
}
