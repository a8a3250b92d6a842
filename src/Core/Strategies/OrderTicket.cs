using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>The answer to a submit: the order's id, and the rejection if it was refused on the spot.</summary>
public sealed record OrderTicket(ClientOrderId ClientOrderId, Rejection? Rejection)
{
    public bool IsRejected => Rejection is not null;
}
