namespace Hive.Core.Risk;

/// <summary>An account's exposure in one currency: gross and net, and the same by asset class and by instrument.</summary>
public sealed record CurrencyExposure(string Currency, decimal Gross, decimal Net, IReadOnlyList<ExposureGroup> ByAssetClass, IReadOnlyList<ExposureGroup> ByInstrument);
