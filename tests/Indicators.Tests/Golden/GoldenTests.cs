using Hive.Indicators.Registry;
using Xunit.Abstractions;

namespace Hive.Indicators.Tests.Golden;

public sealed class GoldenTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var variant in GoldenData.Variants)
        {
            foreach (var name in GoldenData.Manifest(variant).Keys.Order(StringComparer.Ordinal)) data.Add(name, variant);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Function_matches_TA_Lib_in_batch_and_streaming(string function, string variant)
    {
        var mismatch = GoldenCheck.Run(variant, function);
        Assert.True(mismatch is null, $"{function} ({variant}): {mismatch}");
    }

    [Fact]
    public void Registry_lists_exactly_the_functions_TA_Lib_has()
    {
        var expected = GoldenData.Manifest("default").Keys.Order(StringComparer.Ordinal).ToArray();
        var registered = IndicatorRegistry.All.Select(d => d.Name).Order(StringComparer.Ordinal).ToArray();
        output.WriteLine($"{registered.Length} registered, TA-Lib has {expected.Length}");
        Assert.Equal(expected, registered);
    }

    [Fact]
    public void Registry_groups_match_TA_Lib()
    {
        foreach (var definition in IndicatorRegistry.All)
        {
            var golden = GoldenData.Manifest("default")[definition.Name];
            Assert.Equal(golden.Group, definition.Group);
            Assert.Equal(golden.Outputs.Select(o => o.Name), definition.Outputs.Select(o => o.Name));
            Assert.Equal(golden.Parameters.Keys.Order(), definition.Parameters.Select(p => p.Name).Order());
        }
    }

    [Fact]
    public void Every_function_matches_TA_Lib_in_both_variants_and_the_count_is_reported()
    {
        var passed = 0;
        var total = 0;
        var failures = new List<string>();
        foreach (var name in GoldenData.Manifest("default").Keys.Order(StringComparer.Ordinal))
        {
            total++;
            var problems = GoldenData.Variants
                .Select(v => (v, m: Safe(v, name)))
                .Where(x => x.m is not null)
                .Select(x => $"{x.v}: {x.m}")
                .ToArray();
            if (problems.Length == 0) passed++;
            else failures.Add($"{name} -> {string.Join(" | ", problems)}");
        }
        output.WriteLine($"{passed} of {total} TA-Lib functions match in both variants");
        foreach (var failure in failures) output.WriteLine(failure);
        // Every one of TA-Lib's 161 functions must match in both variants (one failing function fails this summary too).
        Assert.Equal(161, total);
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} functions do not match TA-Lib: {string.Join("; ", failures.Take(5))}");
    }

    private static string? Safe(string variant, string name)
    {
        try
        {
            return GoldenCheck.Run(variant, name);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
