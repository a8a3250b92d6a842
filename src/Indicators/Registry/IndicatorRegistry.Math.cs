namespace Hive.Indicators.Registry;

public static partial class IndicatorRegistry
{
    private static void AddMath(List<IndicatorDefinition> l)
    {
        Add(l, "ACOS", MathTransform, "Vector Trigonometric ACos", Real(), [], Out("outReal"), _ => Indicators.MathTransform.AcosLookback(), c => Indicators.MathTransform.Acos(c.Real0, c.R(0)), _ => new AcosStream());
        Add(l, "ASIN", MathTransform, "Vector Trigonometric ASin", Real(), [], Out("outReal"), _ => Indicators.MathTransform.AsinLookback(), c => Indicators.MathTransform.Asin(c.Real0, c.R(0)), _ => new AsinStream());
        Add(l, "ATAN", MathTransform, "Vector Trigonometric ATan", Real(), [], Out("outReal"), _ => Indicators.MathTransform.AtanLookback(), c => Indicators.MathTransform.Atan(c.Real0, c.R(0)), _ => new AtanStream());
        Add(l, "CEIL", MathTransform, "Vector Ceil", Real(), [], Out("outReal"), _ => Indicators.MathTransform.CeilLookback(), c => Indicators.MathTransform.Ceil(c.Real0, c.R(0)), _ => new CeilStream());
        Add(l, "COS", MathTransform, "Vector Trigonometric Cos", Real(), [], Out("outReal"), _ => Indicators.MathTransform.CosLookback(), c => Indicators.MathTransform.Cos(c.Real0, c.R(0)), _ => new CosStream());
        Add(l, "COSH", MathTransform, "Vector Trigonometric Cosh", Real(), [], Out("outReal"), _ => Indicators.MathTransform.CoshLookback(), c => Indicators.MathTransform.Cosh(c.Real0, c.R(0)), _ => new CoshStream());
        Add(l, "EXP", MathTransform, "Vector Arithmetic Exp", Real(), [], Out("outReal"), _ => Indicators.MathTransform.ExpLookback(), c => Indicators.MathTransform.Exp(c.Real0, c.R(0)), _ => new ExpStream());
        Add(l, "FLOOR", MathTransform, "Vector Floor", Real(), [], Out("outReal"), _ => Indicators.MathTransform.FloorLookback(), c => Indicators.MathTransform.Floor(c.Real0, c.R(0)), _ => new FloorStream());
        Add(l, "LN", MathTransform, "Vector Log Natural", Real(), [], Out("outReal"), _ => Indicators.MathTransform.LnLookback(), c => Indicators.MathTransform.Ln(c.Real0, c.R(0)), _ => new LnStream());
        Add(l, "LOG10", MathTransform, "Vector Log10", Real(), [], Out("outReal"), _ => Indicators.MathTransform.Log10Lookback(), c => Indicators.MathTransform.Log10(c.Real0, c.R(0)), _ => new Log10Stream());
        Add(l, "SIN", MathTransform, "Vector Trigonometric Sin", Real(), [], Out("outReal"), _ => Indicators.MathTransform.SinLookback(), c => Indicators.MathTransform.Sin(c.Real0, c.R(0)), _ => new SinStream());
        Add(l, "SINH", MathTransform, "Vector Trigonometric Sinh", Real(), [], Out("outReal"), _ => Indicators.MathTransform.SinhLookback(), c => Indicators.MathTransform.Sinh(c.Real0, c.R(0)), _ => new SinhStream());
        Add(l, "SQRT", MathTransform, "Vector Square Root", Real(), [], Out("outReal"), _ => Indicators.MathTransform.SqrtLookback(), c => Indicators.MathTransform.Sqrt(c.Real0, c.R(0)), _ => new SqrtStream());
        Add(l, "TAN", MathTransform, "Vector Trigonometric Tan", Real(), [], Out("outReal"), _ => Indicators.MathTransform.TanLookback(), c => Indicators.MathTransform.Tan(c.Real0, c.R(0)), _ => new TanStream());
        Add(l, "TANH", MathTransform, "Vector Trigonometric Tanh", Real(), [], Out("outReal"), _ => Indicators.MathTransform.TanhLookback(), c => Indicators.MathTransform.Tanh(c.Real0, c.R(0)), _ => new TanhStream());
        Add(l, "ADD", MathOperators, "Vector Arithmetic Add", TwoReals(), [], Out("outReal"), _ => 0, c => Indicators.MathOperators.Add(c.Real0, c.Real1, c.R(0)), _ => new AddStream());
        Add(l, "SUB", MathOperators, "Vector Arithmetic Subtraction", TwoReals(), [], Out("outReal"), _ => 0, c => Indicators.MathOperators.Sub(c.Real0, c.Real1, c.R(0)), _ => new SubStream());
        Add(l, "MULT", MathOperators, "Vector Arithmetic Mult", TwoReals(), [], Out("outReal"), _ => 0, c => Indicators.MathOperators.Mult(c.Real0, c.Real1, c.R(0)), _ => new MultStream());
        Add(l, "DIV", MathOperators, "Vector Arithmetic Div", TwoReals(), [], Out("outReal"), _ => 0, c => Indicators.MathOperators.Div(c.Real0, c.Real1, c.R(0)), _ => new DivStream());
        AddWindowOperators(l);
    }
}
