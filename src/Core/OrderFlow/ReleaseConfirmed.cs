using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>The account no longer holds anything for the order.</summary>
public sealed record ReleaseConfirmed(ClientOrderId OrderId) : IWithOrderId;
