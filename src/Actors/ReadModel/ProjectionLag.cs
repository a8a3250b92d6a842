namespace Hive.Actors.ReadModel;

/// <summary>The projection's lag on every tag, as measured at <see cref="MeasuredAt"/> (or why it could not be measured).</summary>
public sealed record ProjectionLag(IReadOnlyList<TagLag> Tags, DateTime MeasuredAt, string? Error = null)
{
    public long EventsBehind => Tags.Sum(t => t.EventsBehind);

    public bool CaughtUp => Error is null && EventsBehind == 0;

    /// <summary>One line for readiness: caught up, or how many events of which tags are still to be folded.</summary>
    public string Describe() => Error is not null
        ? $"read side lag unknown: {Error}"
        : CaughtUp
            ? "read side caught up"
            : "read side lagging: " + string.Join(", ", Tags.Where(t => t.EventsBehind > 0)
                .Select(t => $"{(t.AtLeast ? "at least " : "")}{t.EventsBehind} {t.Tag} event(s) behind"));
}
