using Hive.Core.MarketData;
using Hive.Core.Accounts;
using Hive.Core.Venues;

namespace Hive.Core.Backtesting;

/// <summary>
/// How a backtest trades and accounts. Fills go through a <see cref="PaperVenue"/> with <see cref="FillModel"/>; the
/// account is opened as <see cref="AccountType"/> with <see cref="InitialCash"/> deposited in <see cref="Currency"/>
/// (default: the first instrument's quote currency). <see cref="ExtraIntervals"/> are higher timeframes the strategy
/// also receives, resampled from each instrument's bars and delivered when complete. <see cref="Benchmark"/> is
/// compared against for alpha/beta; null means buy-and-hold of the first instrument. <see cref="BarsPerYear"/>
/// overrides the annualisation factor the engine derives from the data's interval and asset class.
/// </summary>
public sealed record BacktestSettings
{
    public decimal InitialCash { get; init; } = 100_000m;
    public string? Currency { get; init; }
    public MarketFillTiming FillTiming { get; init; } = MarketFillTiming.NextBarOpen;
    public FeeSchedule Fees { get; init; } = FeeSchedule.Free;
    public SlippageModel Slippage { get; init; } = SlippageModel.None;
    public decimal MaxVolumeShare { get; init; } = 1m;
    public AccountType AccountType { get; init; } = AccountType.Cash;
    public decimal Leverage { get; init; } = 1m;
    public IReadOnlyList<BarInterval> ExtraIntervals { get; init; } = [];
    public BarSeries? Benchmark { get; init; }
    public double? BarsPerYear { get; init; }
    /// <summary>The account's pre-trade limits; null: the defaults every account trades under (<see cref="Risk.RiskLimits.Defaults"/>).</summary>
    public Risk.RiskLimits? RiskLimits { get; init; }
    /// <summary>Keep every fill in the result (sweeps turn this off to save memory; metrics are unaffected).</summary>
    public bool RecordFills { get; init; } = true;

    public static BacktestSettings Default { get; } = new();

    public FillModelSettings FillModel => new()
    {
        Fees = Fees, Slippage = Slippage, MaxVolumeShare = MaxVolumeShare, MarketFill = FillTiming,
    };

    /// <summary>Fee and slippage padded onto buying-power holds, so a buy sized to the cash also covers its costs.</summary>
    public decimal ReserveFeeRate =>
        Math.Max(Fees.MakerRate, Fees.TakerRate) + (Slippage is FixedBpsSlippage bps ? bps.BasisPoints / 10_000m : 0m);

    /// <summary>Throws with the offending setting named.</summary>
    public void Validate()
    {
        if (InitialCash <= 0m) throw new ArgumentOutOfRangeException(nameof(InitialCash), InitialCash, "initial cash must be positive");
        if (Leverage < 1m) throw new ArgumentOutOfRangeException(nameof(Leverage), Leverage, "leverage must be at least 1");
        if (AccountType == AccountType.Cash && Leverage != 1m)
            throw new ArgumentOutOfRangeException(nameof(Leverage), Leverage, "a cash account has leverage 1; use a margin account for leverage");
        if (BarsPerYear is <= 0) throw new ArgumentOutOfRangeException(nameof(BarsPerYear), BarsPerYear, "bars per year must be positive");
        foreach (var interval in ExtraIntervals)
            if (!interval.IsTimeBased) throw new ArgumentOutOfRangeException(nameof(ExtraIntervals), interval, "extra intervals must be time-based (5m, 1h, 1w...)");
        FillModel.Validate();
    }

    /// <summary>The settings in words, for the report.</summary>
    public IReadOnlyDictionary<string, string> Describe(string currency) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["account"] = AccountType == AccountType.Cash ? "cash" : $"margin x{Leverage}",
        ["currency"] = currency,
        ["fill"] = FillTiming == MarketFillTiming.NextBarOpen ? "next-open" : "signal-close",
        ["commission"] = $"maker {Fees.MakerRate}, taker {Fees.TakerRate}, per unit {Fees.PerUnit}",
        ["slippage"] = Slippage switch
        {
            FixedBpsSlippage f => $"{f.BasisPoints} bps",
            VolumeShareSlippage v => $"volume-share impact {v.PriceImpact}",
            _ => Slippage.ToString(),
        },
        ["maxVolumeShare"] = MaxVolumeShare.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["extraIntervals"] = string.Join(",", ExtraIntervals),
    };
}
