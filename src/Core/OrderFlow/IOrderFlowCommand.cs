using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>A message for the order group's flow, routed by client order id.</summary>
public interface IOrderFlowCommand : IWithOrderId;
