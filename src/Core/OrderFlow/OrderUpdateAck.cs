using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>A strategy's receipt for <see cref="OrderUpdate"/> up to <see cref="Version"/>.</summary>
public sealed record OrderUpdateAck(ClientOrderId OrderId, long Version) : IHiveMessage;
