namespace Hive.Core.Algos;

/// <summary>
/// The Almgren–Chriss optimal liquidation trajectory (Almgren and Chriss, "Optimal execution of portfolio transactions",
/// 2000), continuous-time form: holdings x(t) = X·sinh(κ(T−t))/sinh(κT) with κ = √(λσ²/η), for risk aversion λ,
/// volatility σ (price per √time unit) and temporary impact η (price per unit traded per time unit). κ = 0 is the
/// straight line X(1 − t/T) that TWAP trades.
/// </summary>
public static class AlmgrenChriss
{
    public static double Kappa(double riskAversion, double sigma, double eta)
    {
        if (riskAversion < 0 || sigma < 0 || eta <= 0 || !double.IsFinite(riskAversion * sigma * sigma / eta))
            throw new ArgumentException($"Almgren-Chriss needs risk aversion >= 0, volatility >= 0 and impact > 0; got {riskAversion}, {sigma}, {eta}");
        return Math.Sqrt(riskAversion * sigma * sigma / eta);
    }

    /// <summary>The share of the quantity still held at time <paramref name="t"/> of a horizon <paramref name="horizon"/>.</summary>
    public static double Holding(double kappa, double horizon, double t)
    {
        if (t <= 0) return 1;
        if (t >= horizon) return 0;
        var kT = kappa * horizon;
        if (kT < 1e-9) return 1 - t / horizon;
        // sinh(k(T-t))/sinh(kT) = e^{-kt}·(1 - e^{-2k(T-t)})/(1 - e^{-2kT}): the same value without overflow for large kT.
        return kT < 20
            ? Math.Sinh(kappa * (horizon - t)) / Math.Sinh(kT)
            : Math.Exp(-kappa * t) * (1 - Math.Exp(-2 * kappa * (horizon - t))) / (1 - Math.Exp(-2 * kT));
    }
}
