namespace Hive.Indicators.Registry;

/// <summary>What a registry entry's batch invoker gets: resolved parameters, inputs and allocated outputs.</summary>
internal sealed class ComputeContext(double[] parameters, PriceSeries series, double[][] reals, double[]?[] realOutputs, int[]?[] integerOutputs)
{
    public PriceSeries Series { get; } = series;

    public double[] Parameters { get; } = parameters;

    public double[] Real0 => reals[0];

    public double[] Real1 => reals[1];

    public int I(int k) => (int)Parameters[k];

    public double D(int k) => Parameters[k];

    public MaType M(int k) => (MaType)(int)Parameters[k];

    public double[] R(int k) => realOutputs[k]!;

    public int[] N(int k) => integerOutputs[k]!;
}
