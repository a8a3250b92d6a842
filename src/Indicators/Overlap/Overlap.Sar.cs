using Hive.Indicators.Internal;

namespace Hive.Indicators;

public static partial class Overlap
{
    public static int SarLookback(double acceleration = 0.02, double maximum = 0.2)
    {
        Guard.Real(acceleration, "optInAcceleration", 0);
        Guard.Real(maximum, "optInMaximum", 0);
        return 1;
    }

    public static int Sar(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal, double acceleration = 0.02, double maximum = 0.2) =>
        Batch.Run(new SarStream(acceleration, maximum), BarInputs.HighLow(inHigh, inLow), outReal);

    public static int SarExtLookback(double startValue = 0, double offsetOnReverse = 0, double accelerationInitLong = 0.02, double accelerationLong = 0.02,
        double accelerationMaxLong = 0.2, double accelerationInitShort = 0.02, double accelerationShort = 0.02, double accelerationMaxShort = 0.2)
    {
        Guard.Real(startValue, "optInStartValue");
        Guard.Real(offsetOnReverse, "optInOffsetOnReverse", 0);
        Guard.Real(accelerationInitLong, "optInAccelerationInitLong", 0);
        Guard.Real(accelerationLong, "optInAccelerationLong", 0);
        Guard.Real(accelerationMaxLong, "optInAccelerationMaxLong", 0);
        Guard.Real(accelerationInitShort, "optInAccelerationInitShort", 0);
        Guard.Real(accelerationShort, "optInAccelerationShort", 0);
        Guard.Real(accelerationMaxShort, "optInAccelerationMaxShort", 0);
        return 1;
    }

    public static int SarExt(ReadOnlySpan<double> inHigh, ReadOnlySpan<double> inLow, Span<double> outReal, double startValue = 0, double offsetOnReverse = 0,
        double accelerationInitLong = 0.02, double accelerationLong = 0.02, double accelerationMaxLong = 0.2,
        double accelerationInitShort = 0.02, double accelerationShort = 0.02, double accelerationMaxShort = 0.2) =>
        Batch.Run(new SarExtStream(startValue, offsetOnReverse, accelerationInitLong, accelerationLong, accelerationMaxLong, accelerationInitShort, accelerationShort, accelerationMaxShort),
            BarInputs.HighLow(inHigh, inLow), outReal);
}
