namespace Hive.Core.Trading;

public enum BookRejectReason : byte
{
    NonPositiveQuantity,
    NonPositivePrice,
    DuplicateOrderId,
    UnknownOrder,
    PostOnlyWouldTake,
    FokNotFillable,
}
