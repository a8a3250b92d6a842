using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>The account booked fill <see cref="FillNumber"/> of the order (or had booked it before). <see cref="RefusedCode"/>
/// is set when it did not book it: <c>fill-out-of-order</c> (an earlier fill is still on its way; the order sends again), or a
/// refusal of the fill itself, which is logged and not retried. <see cref="AccountVersion"/> is the account's version once the fill
/// was booked: a view of the account at that version or later includes it.</summary>
public sealed record FillBooked(ClientOrderId OrderId, TradeId TradeId, int FillNumber, long AccountVersion, string? RefusedCode = null) : IWithOrderId;
