using System.Reflection;
using System.Text.RegularExpressions;
using Hive.Actors.Protocol;
using Hive.Actors.Serialization;
using Hive.Core.Domain;

namespace Hive.Actors.Tests.Serialization;

public class WireManifestsTests
{
    private static IEnumerable<Type> SerializableTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IHiveSerializable).IsAssignableFrom(t));

    [Fact]
    public void Every_concrete_hive_serializable_type_has_a_manifest()
    {
        var assemblies = new[] { typeof(IHiveSerializable).Assembly, typeof(CommandAccepted).Assembly };
        Assert.Equal(["Hive.Actors", "Hive.Core"], assemblies.Select(a => a.GetName().Name).Order());
        var missing = assemblies.SelectMany(SerializableTypes).Where(t => !WireManifests.ByType.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, "IHiveSerializable types without a manifest: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_listed_type_is_a_concrete_hive_serializable_type()
    {
        foreach (var type in WireManifests.Types)
        {
            Assert.True(typeof(IHiveSerializable).IsAssignableFrom(type), $"{type.FullName} is not IHiveSerializable, so Akka would not bind it to the Hive serializer");
            Assert.False(type.IsAbstract, type.FullName);
        }
    }

    [Fact]
    public void Manifests_are_unique_and_map_back_to_their_type()
    {
        Assert.Equal(WireManifests.ByType.Count, WireManifests.ByType.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(WireManifests.ByType.Count, WireManifests.ByManifest.Count);
        foreach (var (type, manifest) in WireManifests.ByType)
            Assert.Equal(type, WireManifests.ByManifest[manifest]);
    }

    [Fact]
    public void Manifests_are_short_versioned_names()
    {
        var shape = new Regex("^[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[0-9]+$");
        foreach (var manifest in WireManifests.ByManifest.Keys)
            Assert.True(shape.IsMatch(manifest), $"manifest '{manifest}' is not area.name.vN");
    }
}
