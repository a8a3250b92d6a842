using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hive.Core.Audit;

/// <summary>
/// The hash chain of the audit trail. Each record's hash covers its chain, number, every field of its entry and the previous
/// record's hash, so changing any stored field changes that record's hash (modified), and removing, adding or moving a record
/// breaks the link or the numbering of the record after it. Pure: the writer chains, <see cref="Verify"/> checks.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of a chain's first record.</summary>
    public static readonly string Genesis = new('0', 64);

    public const int MaxDetail = 2048;

    public static AuditRecord Append(string chain, long sequence, string previousHash, AuditEntry entry)
    {
        var bounded = entry.Detail.Length > MaxDetail ? entry with { Detail = entry.Detail[..MaxDetail] } : entry;
        return new AuditRecord(chain, sequence, bounded, previousHash, HashOf(chain, sequence, bounded, previousHash));
    }

    /// <summary>SHA-256 over the fields, each length-prefixed so no two different records write the same bytes.</summary>
    public static string HashOf(string chain, long sequence, AuditEntry e, string previousHash)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     chain, sequence.ToString(CultureInfo.InvariantCulture), e.At.Ticks.ToString(CultureInfo.InvariantCulture), e.User, e.Role,
                     e.Action, e.Path, e.Subject ?? "", e.Status.ToString(CultureInfo.InvariantCulture), e.Detail, previousHash,
                 })
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The first break in one chain's records, read in stored order (by number), or null when the chain is intact.</summary>
    public static AuditBreak? Verify(IEnumerable<AuditRecord> records)
    {
        var previous = Genesis;
        long expected = 1;
        foreach (var r in records)
        {
            if (r.Sequence < expected)
                return new AuditBreak(r.Chain, r.Sequence, $"record {r.Sequence} is out of order or inserted: record {expected} was expected next");
            if (r.Sequence > expected)
                return new AuditBreak(r.Chain, r.Sequence, $"record(s) {expected}..{r.Sequence - 1} before record {r.Sequence} are missing (deleted)");
            if (HashOf(r.Chain, r.Sequence, r.Entry, r.PreviousHash) != r.Hash)
                return new AuditBreak(r.Chain, r.Sequence, $"record {r.Sequence} was modified: its fields do not hash to its stored hash");
            if (r.PreviousHash != previous)
                return new AuditBreak(r.Chain, r.Sequence,
                    $"record {r.Sequence} does not follow record {r.Sequence - 1}: it was inserted or the record before it was replaced");
            previous = r.Hash;
            expected++;
        }
        return null;
    }
}
