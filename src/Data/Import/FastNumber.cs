namespace Hive.Data.Import;

/// <summary>
/// The fast path for the plain decimals bar files are made of (<c>-1469.250000</c>, <c>931800000</c>): the digits
/// become an integer mantissa and one division by an exact power of ten gives the correctly rounded double —
/// the same bits <c>double.Parse</c> returns — whenever the mantissa fits in 53 bits and there are at most 22
/// fraction digits. Anything else (exponents, long mantissas) returns false and goes to the general parser.
/// </summary>
internal static class FastNumber
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == '-';
            i = 1;
        }
        ulong mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var seenDot = false;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = mantissa * 10 + digit;
                if (mantissa >= MaxExactMantissa) return false;
                digits++;
                if (seenDot) fractionDigits++;
            }
            else if (text[i] == '.' && !seenDot) seenDot = true;
            else return false;
        }
        if (digits == 0 || fractionDigits >= PowersOfTen.Length) return false;
        value = fractionDigits == 0 ? mantissa : mantissa / PowersOfTen[fractionDigits];
        if (negative) value = -value;
        return true;
    }
}
