namespace Hive.Core.Trading;

/// <summary>How long the unfilled part of an order lives in the book (DAY and GTD rest as GTC and are
/// expired by the venue's clock, not the book).</summary>
public enum BookOrderStyle : byte
{
    Gtc,
    Ioc,
    Fok,
}
