namespace Hive.Indicators.Internal;

/// <summary>Parameter and input checks, with messages naming the TA-Lib parameter or input.</summary>
internal static class Guard
{
    public const int MaxPeriod = 100000;
    public const double MaxReal = 3.0e37;

    public static int Period(int value, string name, int min, int max = MaxPeriod)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {max}], got {value}");
        return value;
    }

    public static double Real(double value, string name, double min = -MaxReal, double max = MaxReal)
    {
        if (double.IsNaN(value) || value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {max}], got {value}");
        return value;
    }

    public static MaType Ma(MaType value, string name)
    {
        if (value < MaType.Sma || value > MaType.T3)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a moving-average type 0..8, got {(int)value}");
        return value;
    }

    public static void Input(ReadOnlySpan<double> input, string name, int length)
    {
        if (input.Length != length)
            throw new ArgumentException($"{name} has {input.Length} values but the other inputs have {length}", name);
        for (var i = 0; i < input.Length; i++)
        {
            if (double.IsNaN(input[i]))
                throw new ArgumentException($"{name}[{i}] is NaN; TA-Lib functions need every input value to be a number", name);
        }
    }

    public static void Output(int outputLength, string name, int length)
    {
        if (outputLength < length)
            throw new ArgumentException($"{name} holds {outputLength} values but the input has {length}", name);
    }
}
