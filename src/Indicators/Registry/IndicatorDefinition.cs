namespace Hive.Indicators.Registry;

/// <summary>
/// Everything known about one TA-Lib function: names, inputs, parameters, outputs, and how to compute it
/// in batch or build its streaming twin from a parameter dictionary keyed by TA-Lib names.
/// </summary>
public sealed class IndicatorDefinition
{
    private readonly Func<double[], int> _lookback;
    private readonly Func<ComputeContext, int> _compute;
    private readonly Func<double[], IStreamingIndicator> _stream;

    internal IndicatorDefinition(string name, string group, string hint, IReadOnlyList<IndicatorInput> inputs,
        IReadOnlyList<IndicatorParameter> parameters, IReadOnlyList<IndicatorOutput> outputs,
        Func<double[], int> lookback, Func<ComputeContext, int> compute, Func<double[], IStreamingIndicator> stream)
    {
        Name = name;
        Group = group;
        Hint = hint;
        Inputs = inputs;
        Parameters = parameters;
        Outputs = outputs;
        _lookback = lookback;
        _compute = compute;
        _stream = stream;
    }

    public string Name { get; }

    public string Group { get; }

    public string Hint { get; }

    public IReadOnlyList<IndicatorInput> Inputs { get; }

    public IReadOnlyList<IndicatorParameter> Parameters { get; }

    public IReadOnlyList<IndicatorOutput> Outputs { get; }

    public int Lookback(IReadOnlyDictionary<string, double>? parameters = null) => _lookback(Resolve(parameters));

    public IStreamingIndicator CreateStream(IReadOnlyDictionary<string, double>? parameters = null) => _stream(Resolve(parameters));

    /// <summary>
    /// Runs the batch function over <paramref name="series"/>. Real inputs read the column their
    /// <see cref="IndicatorInput.Source"/> names unless <paramref name="realInputs"/> overrides them in order.
    /// </summary>
    public IndicatorResult Compute(PriceSeries series, IReadOnlyDictionary<string, double>? parameters = null, IReadOnlyList<double[]>? realInputs = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        var resolved = Resolve(parameters);
        var n = series.Length;
        var realOutputs = new double[]?[Outputs.Count];
        var integerOutputs = new int[]?[Outputs.Count];
        for (var k = 0; k < Outputs.Count; k++)
        {
            if (Outputs[k].IsInteger) integerOutputs[k] = new int[n];
            else realOutputs[k] = new double[n];
        }
        var first = ComputeInto(resolved, series, realInputs, realOutputs, integerOutputs);
        var outputs = Outputs.Select((o, k) => new OutputSeries(o.Name, realOutputs[k], integerOutputs[k])).ToArray();
        return new IndicatorResult(first, outputs);
    }

    /// <summary>The batch call into caller-owned output arrays (benchmarks reuse them); parameters already resolved.</summary>
    internal int ComputeInto(double[] resolved, PriceSeries series, IReadOnlyList<double[]>? realInputs, double[]?[] realOutputs, int[]?[] integerOutputs)
    {
        var realSpecs = Inputs.Where(i => i.Kind == InputKind.Real).ToArray();
        var reals = new double[Math.Max(2, realSpecs.Length)][];
        for (var k = 0; k < realSpecs.Length; k++)
            reals[k] = realInputs is not null && k < realInputs.Count ? realInputs[k] : series.Column(realSpecs[k].Source);
        return _compute(new ComputeContext(resolved, series, reals, realOutputs, integerOutputs));
    }

    /// <summary>Orders the given parameters as declared, fills defaults, and rejects unknown names and bad values.</summary>
    public double[] Resolve(IReadOnlyDictionary<string, double>? parameters)
    {
        var values = Parameters.Select(p => p.Default).ToArray();
        if (parameters is null) return values;
        foreach (var (name, value) in parameters)
        {
            var k = IndexOf(name);
            if (k < 0)
            {
                var known = Parameters.Count == 0 ? "it takes none" : "known: " + string.Join(", ", Parameters.Select(p => p.Name));
                throw new ArgumentException($"{Name} has no parameter '{name}' ({known})", nameof(parameters));
            }
            var spec = Parameters[k];
            if (spec.Kind != ParameterKind.Real && value != Math.Floor(value))
                throw new ArgumentOutOfRangeException(nameof(parameters), value, $"{spec.Name} must be a whole number, got {value}");
            if (double.IsNaN(value) || value < spec.Min || value > spec.Max)
                throw new ArgumentOutOfRangeException(nameof(parameters), value, $"{spec.Name} must be in [{spec.Min}, {spec.Max}], got {value}");
            values[k] = value;
        }
        return values;
    }

    private int IndexOf(string name)
    {
        for (var k = 0; k < Parameters.Count; k++)
        {
            if (string.Equals(Parameters[k].Name, name, StringComparison.OrdinalIgnoreCase)) return k;
        }
        return -1;
    }
}
