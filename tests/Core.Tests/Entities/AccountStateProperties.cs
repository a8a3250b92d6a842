using FsCheck.Xunit;
using Hive.Core.Domain;
using Hive.Core.Entities.Accounts;
using static Hive.Core.Tests.Entities.AccountLedgerScript;
using static Hive.Core.Tests.Entities.EntityClock;

namespace Hive.Core.Tests.Entities;

/// <summary>Invariants of the account ledger over any sequence of credits, debits, reservations and releases.</summary>
public class AccountStateProperties
{
    private sealed record Step(AccountCommand Command, Decision<AccountEvent> Decision, AccountState Before, AccountState After);

    private static List<Step> Fold(int[] codes)
    {
        var steps = new List<Step>(codes.Length);
        var state = AccountState.Empty(Account);
        for (var i = 0; i < codes.Length; i++)
        {
            var command = ToCommand(codes[i], i);
            var decision = state.Decide(command, Now.AddSeconds(i));
            var after = decision.Events.Aggregate(state, (s, e) => s.Apply(e));
            steps.Add(new Step(command, decision, state, after));
            state = after;
        }
        return steps;
    }

    private static AccountState Final(List<Step> steps) => steps.Count == 0 ? AccountState.Empty(Account) : steps[^1].After;

    [Property(MaxTest = 300)]
    public bool Available_cash_never_goes_negative(int[] codes) =>
        Fold(codes).All(step => Currencies.All(c =>
            step.After.AvailableIn(c) >= 0 && step.After.CashIn(c) >= 0 && step.After.ReservedIn(c) >= 0));

    [Property(MaxTest = 300)]
    public bool Replaying_the_persisted_events_from_empty_gives_the_live_state(int[] codes)
    {
        var steps = Fold(codes);
        var journal = steps.SelectMany(s => s.Decision.Events).ToList();
        var recovered = journal.Aggregate(AccountState.Empty(Account), (s, e) => s.Apply(e));
        return SameState(recovered, Final(steps)) && recovered.Version == journal.Count;
    }

    [Property(MaxTest = 300)]
    public bool Event_ids_are_the_account_and_a_gapless_version(int[] codes)
    {
        var ids = Fold(codes).SelectMany(s => s.Decision.Events).Select(e => e.EventId).ToList();
        return ids.SequenceEqual(Enumerable.Range(1, ids.Count).Select(v => $"{Account}:{v}"));
    }

    [Property(MaxTest = 300)]
    public bool Re_sending_an_accepted_command_right_after_it_produces_no_events(int[] codes) =>
        Fold(codes)
            .Where(s => s.Decision.Events.Count > 0)
            .All(s => s.After.Decide(s.Command, Now) is { IsRejected: false, Events.Count: 0 });

    [Property(MaxTest = 300)]
    public bool Re_sending_accepted_transfers_and_releases_at_any_later_time_produces_no_events(int[] codes)
    {
        var steps = Fold(codes);
        var final = Final(steps);
        // The account keeps no memory of released orders, so a reservation is idempotent only while it
        // is the one held (a late ReserveFunds after the release reserves again, or conflicts with a newer
        // reservation for the same order), and a release only while the order has not been reserved again.
        return steps
            .Where(s => s.Decision.Events.Count > 0)
            .Where(s => s.Command switch
            {
                ReserveFunds r => final.ReservedBuyingPower.GetValueOrDefault(r.OrderId.Value) == new Reservation(r.Currency, r.Amount),
                ReleaseFunds rel => !final.ReservedBuyingPower.ContainsKey(rel.OrderId.Value),
                _ => true,
            })
            .All(s => final.Decide(s.Command, Now) is { IsRejected: false, Events.Count: 0 });
    }

    [Property(MaxTest = 300)]
    public bool Every_outcome_and_the_final_ledger_match_an_independent_model(int[] codes)
    {
        var model = new AccountLedgerModel();
        foreach (var step in Fold(codes))
        {
            var expected = model.Execute(step.Command);
            var actual = step.Decision switch
            {
                { Rejection: { } r } => r.Code,
                { Events.Count: 0 } => "duplicate",
                _ => "applied",
            };
            if (expected != actual) return false;
        }
        var final = Final(Fold(codes));
        return Currencies.All(c => final.CashIn(c) == model.Cash(c) && final.ReservedIn(c) == model.Reserved(c))
               && final.ReservedBuyingPower.Count == model.OpenReservations
               && final.CanPassivate == (model.OpenReservations == 0);
    }
}
