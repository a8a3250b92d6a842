using System.Collections.Immutable;
using Hive.Core.Domain;

namespace Hive.Core.OrderFlow;

/// <summary>
/// What an order's counterparts have confirmed, held in memory only: reports taken from the venue, fills the account
/// booked, the release, how much the strategy was told (fills plus one once finished). Not journaled — after a restart it starts empty, the
/// order sends everything still owed once more, and every receiver recognises the repeats (the venue answers with the
/// reports, the account by hold and fill number, the strategy by the order's version). That is what keeps a filled market order at
/// five journal events.
/// </summary>
public sealed record OrderDelivery(int VenueReportsApplied, ImmutableList<long> BookedAt, bool Released, int StrategyTold)
{
    public static OrderDelivery None { get; } = new(0, ImmutableList<long>.Empty, false, 0);

    /// <summary>Fills the account confirmed (<see cref="BookedAt"/> holds the account version each was booked at).</summary>
    public int FillsBooked => BookedAt.Count;

    /// <summary>The part of a batch of reports this order has not taken yet, in number order; null when there is none, or when
    /// the batch starts beyond the next report (an earlier one is missing: the next poll fetches it in order).</summary>
    public VenueReports? Unseen(VenueReports reports)
    {
        if (reports.FromIndex > VenueReportsApplied) return null;
        var skip = VenueReportsApplied - reports.FromIndex;
        if (skip >= reports.Reports.Count) return null;
        return skip == 0 ? reports : reports with { FromIndex = VenueReportsApplied, Reports = reports.Reports.Skip(skip).ToList() };
    }

    public OrderDelivery Took(VenueReports reports) =>
        this with { VenueReportsApplied = Math.Max(VenueReportsApplied, reports.FromIndex + reports.Reports.Count) };

    /// <summary>The account books an order's fills in number order, so confirming fill n confirms every fill before it.</summary>
    public OrderDelivery Booked(FillBooked booked)
    {
        if (booked.RefusedCode == TradingRejections.FillOutOfOrder || booked.FillNumber <= FillsBooked) return this;
        // Confirmations of earlier fills that were lost are implied, at a version no later than this one.
        return this with { BookedAt = BookedAt.AddRange(Enumerable.Repeat(booked.AccountVersion, booked.FillNumber - FillsBooked)) };
    }

    public OrderDelivery ReleaseConfirmed() => this with { Released = true };
}
