using Hive.Core.Domain;

namespace Hive.Core.Risk;

/// <summary>A persisted change of the cluster's kill switches; <see cref="IDomainEvent.EventId"/> is <c>kill-switches#version</c>.</summary>
public interface IKillSwitchEvent : IDomainEvent;
