using Akka.Actor;
using Akka.Configuration;
using Akka.Serialization;

namespace Hive.Actors.Serialization;

/// <summary>Akka's Hyperion serializer (same identifier, same wire format) whose reader creates only the types of
/// <see cref="HyperionAllowList"/>. A subclass rather than a <c>HyperionSerializerSetup</c>: Akka.Serialization.Hyperion 1.5.73
/// keeps a setup's type filter in its settings but builds its reader from the HOCON settings, so a filter given as a setup is
/// never consulted (the allow-list specs caught it); settings passed to the constructor are the ones the reader gets.</summary>
public sealed class AllowListHyperionSerializer : HyperionSerializer
{
    /// <summary>What Akka calls when <c>akka.actor.serialization-settings.hyperion</c> is present (the node's HOCON sets it).</summary>
    public AllowListHyperionSerializer(ExtendedActorSystem system, Config config) : base(system, Filtered(HyperionSerializerSettings.Create(config), config))
    {
    }

    public AllowListHyperionSerializer(ExtendedActorSystem system)
        : this(system, system.Settings.Config.GetConfig("akka.actor.serialization-settings.hyperion"))
    {
    }

    private static HyperionSerializerSettings Filtered(HyperionSerializerSettings settings, Config config) =>
        settings.WithDisallowUnsafeType(true).WithTypeFilter(config.GetStringList(HyperionAllowList.MoreAssembliesKey, []) is { Count: > 0 } more
            ? new HyperionAllowList(more)
            : HyperionAllowList.Instance);
}
