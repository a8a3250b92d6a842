namespace Hive.Core.Surveillance;

/// <summary>
/// What makes a buy fill and a sell fill of one owner a wash. Defaults: within <see cref="Window"/> (1 minute) of each
/// other, prices within <see cref="PriceToleranceBps"/> (10 bp), and the smaller size at least
/// <see cref="MinQuantityMatch"/> (half) of the larger — a wash nets out, so its two legs are of about one size.
/// </summary>
public sealed record WashTradeParameters(TimeSpan Window, decimal PriceToleranceBps, decimal MinQuantityMatch)
{
    public static readonly WashTradeParameters Default = new(TimeSpan.FromMinutes(1), 10m, 0.5m);
}
