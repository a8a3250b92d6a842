using Hive.Core.Domain;

namespace Hive.Core.Security;

/// <summary>A persisted change of the user directory; <see cref="IDomainEvent.EventId"/> is <c>users#version</c>.</summary>
public interface IUserDirectoryEvent : IDomainEvent;
