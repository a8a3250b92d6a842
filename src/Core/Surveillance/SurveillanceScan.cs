namespace Hive.Core.Surveillance;

/// <summary>Runs every detector over one input: the alerts, each id once, ordered by id, so two scans of one input agree.</summary>
public sealed class SurveillanceScan(SurveillanceParameters parameters)
{
    /// <summary>The names alerts carry in <see cref="SurveillanceAlert.Detector"/>.</summary>
    public static readonly IReadOnlyList<string> DetectorNames =
    [
        WashTradeDetector.Name, SpoofingDetector.SpoofingName, SpoofingDetector.LayeringName, OrderToTradeDetector.OrderToTradeName,
        OrderToTradeDetector.CancelRatioName, MarkingTheCloseDetector.Name, BenfordDetector.Name,
    ];

    private readonly ISurveillanceDetector[] _detectors =
    [
        new WashTradeDetector(parameters.Wash),
        new SpoofingDetector(parameters.Spoofing),
        new OrderToTradeDetector(parameters.OrderToTrade),
        new MarkingTheCloseDetector(parameters.MarkingTheClose),
        new BenfordDetector(parameters.Benford),
    ];

    public IReadOnlyList<SurveillanceAlert> Run(SurveillanceInput input) =>
        _detectors.SelectMany(d => d.Detect(input)).DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
}
