using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>A persisted ledger change of one account; <see cref="EventId"/> is <c>accountId#version</c>.</summary>
public interface IAccountEvent : IDomainEvent
{
    AccountId AccountId { get; }
}
