using Hive.Core.Domain;
using Hive.Core.Entities.Accounts;
using Hive.Core.Ids;
using static Hive.Core.Tests.Entities.EntityClock;

namespace Hive.Core.Tests.Entities;

public class AccountStateTests
{
    private static readonly AccountId Acc = new("ACC-1");

    /// <summary>A command for another account (or an event the account does not know).</summary>
    private sealed record FreezeAccount(AccountId AccountId) : AccountCommand(AccountId);

    private sealed record AccountAudited(AccountId AccountId) : AccountEvent("x:1", Now, Now, AccountId);

    private static (AccountState State, Decision<AccountEvent> Decision) Run(AccountState state, AccountCommand command, DateTime? at = null)
    {
        var decision = state.Decide(command, at ?? Now);
        return (decision.Events.Aggregate(state, (s, e) => s.Apply(e)), decision);
    }

    private static AccountState Funded(decimal usd)
    {
        var (state, decision) = Run(AccountState.Empty(Acc), new CreditCash(Acc, "seed", "USD", usd));
        Assert.False(decision.IsRejected);
        return state;
    }

    [Fact]
    public void Empty_account_has_no_cash_no_reservations_and_can_passivate()
    {
        var state = AccountState.Empty(Acc);
        Assert.Equal(0, state.Version);
        Assert.Equal(0m, state.CashIn("USD"));
        Assert.Equal(0m, state.AvailableIn("USD"));
        Assert.True(state.CanPassivate);
    }

    [Fact]
    public void Credit_emits_cash_credited_and_apply_adds_the_amount()
    {
        var (state, decision) = Run(AccountState.Empty(Acc), new CreditCash(Acc, "t1", "USD", 1000.25m), At(1));

        var credited = DecisionAssert.SingleEvent<AccountEvent, CashCredited>(decision);
        Assert.Equal(new CashCredited("ACC-1:1", At(1), At(1), Acc, "t1", "USD", 1000.25m), credited);
        Assert.Equal(1000.25m, state.CashIn("USD"));
        Assert.Equal(1000.25m, state.AvailableIn("USD"));
        Assert.Equal(1, state.Version);
        Assert.Contains("t1", state.AppliedTransfers);
    }

    [Fact]
    public void Credits_in_different_currencies_are_kept_apart()
    {
        var state = Funded(100m);
        (state, _) = Run(state, new CreditCash(Acc, "t2", "EUR", 40m));
        (state, _) = Run(state, new CreditCash(Acc, "t3", "USD", 5m));
        Assert.Equal(105m, state.CashIn("USD"));
        Assert.Equal(40m, state.CashIn("EUR"));
        Assert.Equal(0m, state.CashIn("BTC"));
    }

    [Fact]
    public void Duplicate_credit_with_same_transfer_id_changes_nothing()
    {
        var (once, _) = Run(AccountState.Empty(Acc), new CreditCash(Acc, "t1", "USD", 100m));
        var decision = once.Decide(new CreditCash(Acc, "t1", "USD", 100m), At(5));
        DecisionAssert.AlreadyApplied(decision);
    }

    [Fact]
    public void Retried_transfer_id_is_not_applied_again_even_with_another_amount()
    {
        // The transfer id is the idempotency key: the first instruction for it wins.
        var (once, _) = Run(AccountState.Empty(Acc), new CreditCash(Acc, "t1", "USD", 100m));
        DecisionAssert.AlreadyApplied(once.Decide(new CreditCash(Acc, "t1", "USD", 999m), Now));
        DecisionAssert.AlreadyApplied(once.Decide(new DebitCash(Acc, "t1", "USD", 1m), Now));
    }

    [Fact]
    public void Debit_emits_cash_debited_and_apply_subtracts_the_amount()
    {
        var (state, decision) = Run(Funded(100m), new DebitCash(Acc, "w1", "USD", 30.5m), At(2));

        var debited = DecisionAssert.SingleEvent<AccountEvent, CashDebited>(decision);
        Assert.Equal(new CashDebited("ACC-1:2", At(2), At(2), Acc, "w1", "USD", 30.5m), debited);
        Assert.Equal(69.5m, state.CashIn("USD"));
        Assert.Equal(2, state.Version);
        Assert.Contains("w1", state.AppliedTransfers);
    }

    [Fact]
    public void Duplicate_debit_with_same_transfer_id_changes_nothing()
    {
        var (state, _) = Run(Funded(100m), new DebitCash(Acc, "w1", "USD", 30m));
        DecisionAssert.AlreadyApplied(state.Decide(new DebitCash(Acc, "w1", "USD", 30m), Now));
        Assert.Equal(70m, state.CashIn("USD"));
    }

    [Fact]
    public void Debit_of_exactly_the_available_cash_empties_the_account()
    {
        var (state, _) = Run(Funded(100m), new DebitCash(Acc, "w1", "USD", 100m));
        Assert.Equal(0m, state.CashIn("USD"));
    }

    [Fact]
    public void Debit_beyond_the_available_cash_is_refused_as_insufficient_funds()
    {
        var rejection = DecisionAssert.Rejected(Funded(100m).Decide(new DebitCash(Acc, "w1", "USD", 100.01m), Now), "insufficient-funds");
        Assert.Contains("100.01", rejection.Message);
        Assert.Contains("available 100", rejection.Message);
    }

    [Fact]
    public void Debit_cannot_spend_cash_reserved_for_an_open_order()
    {
        var (state, _) = Run(Funded(100m), new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 80m));
        DecisionAssert.Rejected(state.Decide(new DebitCash(Acc, "w1", "USD", 30m), Now), "insufficient-funds");
        DecisionAssert.SingleEvent<AccountEvent, CashDebited>(state.Decide(new DebitCash(Acc, "w1", "USD", 20m), Now));
    }

    [Fact]
    public void Debit_in_a_currency_the_account_does_not_hold_is_refused()
    {
        DecisionAssert.Rejected(Funded(100m).Decide(new DebitCash(Acc, "w1", "EUR", 1m), Now), "insufficient-funds");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-0.0001)]
    public void Non_positive_amounts_are_refused_for_credit_debit_and_reserve(decimal amount)
    {
        var state = Funded(100m);
        var commands = new AccountCommand[]
        {
            new CreditCash(Acc, "t9", "USD", amount),
            new DebitCash(Acc, "t9", "USD", amount),
            new ReserveFunds(Acc, new ClientOrderId("O-9"), "USD", amount),
        };
        foreach (var command in commands)
        {
            var rejection = DecisionAssert.Rejected(state.Decide(command, Now), "non-positive-amount");
            Assert.Contains(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), rejection.Message);
        }
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("")]
    [InlineData("U$D")]
    [InlineData("US D")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData(null)]
    public void Invalid_currency_codes_are_refused_for_credit_debit_and_reserve(string? currency)
    {
        var state = Funded(100m);
        var commands = new AccountCommand[]
        {
            new CreditCash(Acc, "t9", currency!, 1m),
            new DebitCash(Acc, "t9", currency!, 1m),
            new ReserveFunds(Acc, new ClientOrderId("O-9"), currency!, 1m),
        };
        foreach (var command in commands)
            Assert.Contains($"'{currency}'", DecisionAssert.Rejected(state.Decide(command, Now), "invalid-currency").Message);
    }

    [Theory]
    [InlineData("USD")]
    [InlineData("USDT")]
    [InlineData("BTC")]
    [InlineData("ABCDEFGHIJ")]
    public void Currency_codes_of_three_to_ten_upper_case_letters_or_digits_are_accepted(string currency)
    {
        DecisionAssert.SingleEvent<AccountEvent, CashCredited>(AccountState.Empty(Acc).Decide(new CreditCash(Acc, "t1", currency, 1m), Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_transfer_id_is_refused_as_missing_key(string transferId)
    {
        DecisionAssert.Rejected(Funded(10m).Decide(new CreditCash(Acc, transferId, "USD", 1m), Now), "missing-key");
        DecisionAssert.Rejected(Funded(10m).Decide(new DebitCash(Acc, transferId, "USD", 1m), Now), "missing-key");
    }

    [Fact]
    public void Null_transfer_id_is_refused_as_missing_key()
    {
        DecisionAssert.Rejected(Funded(10m).Decide(new CreditCash(Acc, null!, "USD", 1m), Now), "missing-key");
        DecisionAssert.Rejected(Funded(10m).Decide(new DebitCash(Acc, null!, "USD", 1m), Now), "missing-key");
    }

    [Fact]
    public void Reservation_without_order_id_is_refused_as_missing_key_instead_of_throwing()
    {
        // default(ClientOrderId) is what a payload without an order id deserializes to.
        DecisionAssert.Rejected(Funded(10m).Decide(new ReserveFunds(Acc, default, "USD", 1m), Now), "missing-key");
        DecisionAssert.Rejected(Funded(10m).Decide(new ReserveFunds(Acc, new ClientOrderId(" "), "USD", 1m), Now), "missing-key");
        DecisionAssert.AlreadyApplied(Funded(10m).Decide(new ReleaseFunds(Acc, default), Now));
    }

    [Fact]
    public void Reserve_emits_funds_reserved_and_blocks_passivation()
    {
        var order = new ClientOrderId("O-1");
        var (state, decision) = Run(Funded(100m), new ReserveFunds(Acc, order, "USD", 60m), At(3));

        var reserved = DecisionAssert.SingleEvent<AccountEvent, FundsReserved>(decision);
        Assert.Equal(new FundsReserved("ACC-1:2", At(3), At(3), Acc, order, "USD", 60m), reserved);
        Assert.Equal(100m, state.CashIn("USD"));
        Assert.Equal(60m, state.ReservedIn("USD"));
        Assert.Equal(40m, state.AvailableIn("USD"));
        Assert.Equal(new Reservation("USD", 60m), state.ReservedBuyingPower["O-1"]);
        Assert.False(state.CanPassivate);
    }

    [Fact]
    public void Duplicate_reservation_for_the_same_order_and_amount_changes_nothing()
    {
        var reserve = new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 60m);
        var (state, _) = Run(Funded(100m), reserve);
        DecisionAssert.AlreadyApplied(state.Decide(reserve, At(1)));
        // Even when the repeat would no longer fit in the available cash: it is the same reservation.
        DecisionAssert.AlreadyApplied(state.Decide(reserve with { Amount = 60.00m }, At(1)));
    }

    [Theory]
    [InlineData("USD", 61)]
    [InlineData("EUR", 60)]
    public void Second_reservation_for_an_order_with_other_terms_is_a_reservation_conflict(string currency, decimal amount)
    {
        var (state, _) = Run(Funded(100m), new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 60m));
        var rejection = DecisionAssert.Rejected(state.Decide(new ReserveFunds(Acc, new ClientOrderId("O-1"), currency, amount), Now),
            "reservation-conflict");
        Assert.Contains("O-1", rejection.Message);
        Assert.Contains("60 USD", rejection.Message);
    }

    [Fact]
    public void Reservation_beyond_available_cash_is_refused_as_insufficient_buying_power()
    {
        var (state, _) = Run(Funded(100m), new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 70m));
        var rejection = DecisionAssert.Rejected(state.Decide(new ReserveFunds(Acc, new ClientOrderId("O-2"), "USD", 30.01m), Now),
            "insufficient-buying-power");
        Assert.Contains("O-2", rejection.Message);
        Assert.Contains("available 30", rejection.Message);
        DecisionAssert.SingleEvent<AccountEvent, FundsReserved>(state.Decide(new ReserveFunds(Acc, new ClientOrderId("O-2"), "USD", 30m), Now));
    }

    [Fact]
    public void Reservation_in_a_currency_without_cash_is_refused_as_insufficient_buying_power()
    {
        DecisionAssert.Rejected(Funded(100m).Decide(new ReserveFunds(Acc, new ClientOrderId("O-1"), "EUR", 1m), Now),
            "insufficient-buying-power");
    }

    [Fact]
    public void Release_emits_the_held_reservation_and_restores_available_cash_and_passivation()
    {
        var order = new ClientOrderId("O-1");
        var (state, _) = Run(Funded(100m), new ReserveFunds(Acc, order, "USD", 60m));
        (state, var decision) = Run(state, new ReleaseFunds(Acc, order), At(4));

        var released = DecisionAssert.SingleEvent<AccountEvent, FundsReleased>(decision);
        Assert.Equal(new FundsReleased("ACC-1:3", At(4), At(4), Acc, order, "USD", 60m), released);
        Assert.Equal(100m, state.AvailableIn("USD"));
        Assert.Equal(0m, state.ReservedIn("USD"));
        Assert.Empty(state.ReservedBuyingPower);
        Assert.True(state.CanPassivate);
    }

    [Fact]
    public void Releasing_twice_or_releasing_an_unknown_order_changes_nothing()
    {
        var order = new ClientOrderId("O-1");
        var (state, _) = Run(Funded(100m), new ReserveFunds(Acc, order, "USD", 60m));
        (state, _) = Run(state, new ReleaseFunds(Acc, order));
        DecisionAssert.AlreadyApplied(state.Decide(new ReleaseFunds(Acc, order), Now));
        DecisionAssert.AlreadyApplied(state.Decide(new ReleaseFunds(Acc, new ClientOrderId("never-reserved")), Now));
    }

    [Fact]
    public void Account_can_passivate_only_when_no_reservation_is_open()
    {
        var state = Funded(100m);
        Assert.True(state.CanPassivate);
        (state, _) = Run(state, new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 10m));
        (state, _) = Run(state, new ReserveFunds(Acc, new ClientOrderId("O-2"), "USD", 10m));
        Assert.False(state.CanPassivate);
        (state, _) = Run(state, new ReleaseFunds(Acc, new ClientOrderId("O-1")));
        Assert.False(state.CanPassivate);
        (state, _) = Run(state, new ReleaseFunds(Acc, new ClientOrderId("O-2")));
        Assert.True(state.CanPassivate);
    }

    [Fact]
    public void Command_for_another_account_is_refused_as_wrong_entity()
    {
        var other = new AccountId("ACC-2");
        var state = Funded(100m);
        AccountCommand[] commands =
        [
            new CreditCash(other, "t1", "USD", 1m),
            new DebitCash(other, "t1", "USD", 1m),
            new ReserveFunds(other, new ClientOrderId("O-1"), "USD", 1m),
            new ReleaseFunds(other, new ClientOrderId("O-1")),
        ];
        foreach (var command in commands)
        {
            var rejection = DecisionAssert.Rejected(state.Decide(command, Now), "wrong-entity");
            Assert.Contains("ACC-2", rejection.Message);
            Assert.Contains("ACC-1", rejection.Message);
        }
    }

    [Fact]
    public void Command_the_account_does_not_know_is_refused_not_thrown()
    {
        var rejection = DecisionAssert.Rejected(Funded(1m).Decide(new FreezeAccount(Acc), Now), "unknown-command");
        Assert.Contains(nameof(FreezeAccount), rejection.Message);
    }

    [Fact]
    public void Applying_an_event_the_account_does_not_know_is_a_programming_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AccountState.Empty(Acc).Apply(new AccountAudited(Acc)));
        Assert.Contains(nameof(AccountAudited), error.Message);
    }

    [Fact]
    public void Event_ids_are_account_and_version_and_versions_increase_by_one()
    {
        var state = AccountState.Empty(Acc);
        AccountCommand[] commands =
        [
            new CreditCash(Acc, "t1", "USD", 100m),
            new CreditCash(Acc, "t1", "USD", 100m), // duplicate: no event, no version
            new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 50m),
            new DebitCash(Acc, "t2", "USD", 500m), // rejected: no event, no version
            new DebitCash(Acc, "t3", "USD", 20m),
            new ReleaseFunds(Acc, new ClientOrderId("O-1")),
        ];
        var ids = new List<string>();
        foreach (var command in commands)
        {
            var before = state.Version;
            (state, var decision) = Run(state, command);
            Assert.Equal(before + decision.Events.Count, state.Version);
            ids.AddRange(decision.Events.Select(e => e.EventId));
        }
        Assert.Equal(["ACC-1:1", "ACC-1:2", "ACC-1:3", "ACC-1:4"], ids);
        Assert.Equal(4, state.Version);
    }

    [Fact]
    public void Deciding_the_same_command_twice_on_the_same_state_gives_the_same_event()
    {
        var state = Funded(100m);
        var command = new ReserveFunds(Acc, new ClientOrderId("O-1"), "USD", 10m);
        Assert.Equal(state.Decide(command, Now).Events, state.Decide(command, Now).Events);
    }
}
