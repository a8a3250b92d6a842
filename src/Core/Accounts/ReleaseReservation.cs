using Hive.Core.Ids;

namespace Hive.Core.Accounts;

/// <summary>The order ended (cancelled, rejected, expired) with part of its hold unused.</summary>
public sealed record ReleaseReservation(AccountId AccountId, ClientOrderId ClientOrderId, string Reason) : IAccountCommand;
