namespace Hive.Core.Audit;

/// <summary>One privileged action as the API saw it, before it is numbered and chained: who (user and role), what (method and
/// route), on what (<see cref="Subject"/>: the order or account id the action is about, when it names one, and the path), how
/// it ended (HTTP status) and the request body it sent (cut at <see cref="AuditChain.MaxDetail"/> characters).</summary>
public sealed record AuditEntry(DateTime At, string User, string Role, string Action, string Path, string? Subject, int Status, string Detail);
