namespace Hive.Core.Trading;

public enum BookCancelReason : byte
{
    Requested,
    /// <summary>The unfilled rest of an IOC or market order.</summary>
    ImmediateRemainder,
    SelfTrade,
}
