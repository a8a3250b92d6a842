using Hive.Core.Domain;

namespace Hive.Core.Tests.Support;

/// <summary>The three outcomes of <c>Decide</c>, asserted the same way for every aggregate.</summary>
internal static class DecisionAssert
{
    public static TExpected SingleEvent<TEvent, TExpected>(Decision<TEvent> decision) where TExpected : TEvent
    {
        Assert.False(decision.IsRejected, $"expected acceptance, got {decision.Rejection}");
        var only = Assert.Single(decision.Events);
        return Assert.IsType<TExpected>(only);
    }

    /// <summary>Idempotent repeat: nothing to persist and nothing to complain about.</summary>
    public static void AlreadyApplied<TEvent>(Decision<TEvent> decision)
    {
        Assert.Null(decision.Rejection);
        Assert.False(decision.IsRejected);
        Assert.Empty(decision.Events);
    }

    public static Rejection Rejected<TEvent>(Decision<TEvent> decision, string code)
    {
        Assert.True(decision.IsRejected, "expected a rejection, got " + decision.Events.Count + " event(s)");
        Assert.Empty(decision.Events);
        Assert.Equal(code, decision.Rejection!.Code);
        Assert.False(string.IsNullOrWhiteSpace(decision.Rejection.Message));
        return decision.Rejection;
    }
}
