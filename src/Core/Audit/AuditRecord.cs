namespace Hive.Core.Audit;

/// <summary>A stored audit record: an <see cref="AuditEntry"/> numbered within its chain (<see cref="Chain"/>: one per node)
/// and chained: <see cref="PreviousHash"/> is the hash of the record before it, <see cref="Hash"/> SHA-256 of this record's
/// fields and that previous hash (<see cref="AuditChain.HashOf"/>).</summary>
public sealed record AuditRecord(string Chain, long Sequence, AuditEntry Entry, string PreviousHash, string Hash);
