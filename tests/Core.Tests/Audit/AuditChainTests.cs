using Hive.Core.Audit;

namespace Hive.Core.Tests.Audit;

public class AuditChainTests
{
    private static readonly DateTime Start = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static List<AuditRecord> Chain(int count)
    {
        var records = new List<AuditRecord>();
        for (var i = 1; i <= count; i++)
            records.Add(AuditChain.Append("node-a", i, i == 1 ? AuditChain.Genesis : records[^1].Hash,
                new AuditEntry(Start.AddSeconds(i), "alice", "trader", "POST /api/orders", "/api/orders", $"o-{i}", 200, $$"""{"clientOrderId":"o-{{i}}"}""")));
        return records;
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        Assert.Null(AuditChain.Verify(Chain(5)));
        Assert.Null(AuditChain.Verify([]));
    }

    [Fact]
    public void A_modified_field_names_its_record()
    {
        var records = Chain(5);
        records[2] = records[2] with { Entry = records[2].Entry with { User = "mallory" } };

        var broken = AuditChain.Verify(records);

        Assert.Equal(3, broken?.Sequence);
        Assert.Contains("modified", broken!.Reason);
    }

    [Fact]
    public void A_deleted_record_is_named_by_the_record_after_the_gap()
    {
        var records = Chain(5);
        records.RemoveAt(1);

        var broken = AuditChain.Verify(records);

        Assert.Equal(3, broken?.Sequence);
        Assert.Contains("missing", broken!.Reason);
    }

    [Fact]
    public void A_deleted_and_renumbered_tail_breaks_the_link()
    {
        var records = Chain(5);
        records.RemoveAt(1);
        // A careful forger renumbers and rehashes the record after the gap; its link to the one before still fails.
        var next = records[1];
        var renumbered = AuditChain.Append(next.Chain, 2, next.PreviousHash, next.Entry);
        records[1] = renumbered;

        var broken = AuditChain.Verify(records);

        Assert.Equal(2, broken?.Sequence);
        Assert.Contains("does not follow", broken!.Reason);
    }

    [Fact]
    public void An_inserted_record_with_its_own_valid_hash_is_caught_at_the_link()
    {
        var records = Chain(4);
        var forged = AuditChain.Append("node-a", 3, records[1].Hash, records[2].Entry with { Subject = "o-forged" });
        records.Insert(2, forged);

        var broken = AuditChain.Verify(records);

        Assert.Equal(3, broken?.Sequence);
        Assert.Contains("out of order or inserted", broken!.Reason);
    }

    [Fact]
    public void Two_swapped_records_are_out_of_order()
    {
        var records = Chain(5);
        (records[1], records[2]) = (records[2], records[1]);

        var broken = AuditChain.Verify(records);

        Assert.Equal(3, broken?.Sequence);
    }

    [Fact]
    public void Long_bodies_are_cut_to_the_limit_before_hashing()
    {
        var record = AuditChain.Append("n", 1, AuditChain.Genesis,
            new AuditEntry(Start, "a", "admin", "POST /x", "/x", null, 200, new string('x', AuditChain.MaxDetail + 10)));

        Assert.Equal(AuditChain.MaxDetail, record.Entry.Detail.Length);
        Assert.Null(AuditChain.Verify([record]));
    }
}
