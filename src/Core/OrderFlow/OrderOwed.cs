using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>The answer to <see cref="GetOrderOwed"/>.</summary>
public sealed record OrderOwed(ClientOrderId OrderId, IReadOnlyList<string> Owed) : IHiveMessage;
