namespace Hive.Core.Risk;

/// <summary>What one scenario does to an account's positions, per currency and per instrument.</summary>
public sealed record StressResult(string Scenario, string Kind, DateOnly? From, DateOnly? To, IReadOnlyList<StressCurrencyOutcome> ByCurrency,
    IReadOnlyList<StressInstrumentOutcome> Instruments);
