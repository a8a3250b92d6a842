using Hive.Core.Entities.Accounts;
using Hive.Core.Ids;

namespace Hive.Core.Tests.Entities;

/// <summary>
/// Turns FsCheck's integers into account commands: credits, debits, reservations and releases in two
/// currencies, with positive amounts and small pools of transfer and order ids so retries, conflicts
/// and overdrafts all happen often.
/// </summary>
internal static class AccountLedgerScript
{
    public static readonly AccountId Account = new("ACC-P");

    public static readonly string[] Currencies = ["USD", "EUR"];

    /// <param name="code">FsCheck's value; it generates arrays of small integers, so on its own it would
    /// give few distinct commands.</param>
    /// <param name="position">The command's index in the sequence, mixed in so even equal codes differ.</param>
    public static AccountCommand ToCommand(int code, int position)
    {
        // Spread small integers over all fields (Knuth's multiplicative hash of code and position).
        var h = unchecked(((uint)code * 0x9E3779B9u ^ (uint)position * 0x85EBCA6Bu) * 2654435761u);
        h ^= h >> 15;
        var currency = Currencies[(h >> 2) & 1];
        var amount = ((h >> 3) % 2000 + 1) * 0.25m; // 0.25 .. 500
        var transferId = "t" + (h >> 14) % 16;
        var orderId = new ClientOrderId("O-" + (h >> 20) % 6);
        return (h >> 30) switch
        {
            0 => new CreditCash(Account, transferId, currency, amount * 2),
            1 => new DebitCash(Account, transferId, currency, amount),
            2 => new ReserveFunds(Account, orderId, currency, amount),
            _ => new ReleaseFunds(Account, orderId),
        };
    }

    public static bool SameState(AccountState a, AccountState b) =>
        a.AccountId == b.AccountId
        && a.Version == b.Version
        && a.Cash.SequenceEqual(b.Cash)
        && a.ReservedBuyingPower.SequenceEqual(b.ReservedBuyingPower)
        && a.AppliedTransfers.SetEquals(b.AppliedTransfers);
}
