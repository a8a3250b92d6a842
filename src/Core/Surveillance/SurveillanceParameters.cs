namespace Hive.Core.Surveillance;

/// <summary>Every detector's parameters, each with its documented defaults (docs/surveillance.md).</summary>
public sealed record SurveillanceParameters(
    WashTradeParameters Wash, SpoofingParameters Spoofing, OrderToTradeParameters OrderToTrade,
    MarkingTheCloseParameters MarkingTheClose, BenfordParameters Benford)
{
    public static readonly SurveillanceParameters Default = new(WashTradeParameters.Default, SpoofingParameters.Default,
        OrderToTradeParameters.Default, MarkingTheCloseParameters.Default, BenfordParameters.Default);
}
