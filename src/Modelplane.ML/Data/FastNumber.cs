using System.Globalization;

namespace Modelplane.ML.Data;

/// <summary>
/// Parses invariant-culture numbers, taking a fast path for plain decimals
/// (<c>-12.345</c>, <c>6.02e23</c> with at most 15 significant digits and a small exponent)
/// where one IEEE multiplication or division by an exact power of ten is already correctly
/// rounded (Clinger's fast path), so the result is bit for bit what <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>
/// returns. Anything else goes to <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>.
/// </summary>
internal static class FastNumber
{
    private const int MaxDigits = 15;
    private const int MaxExactPower = 22;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out double value) =>
        TryParseSimple(text.Trim(), out value)
        || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryParseSimple(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            i++;
        }

        long mantissa = 0;
        var digits = 0;
        var significant = 0;
        var scale = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            Accumulate(s[i++], ref mantissa, ref significant);
            digits++;
        }

        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                Accumulate(s[i++], ref mantissa, ref significant);
                digits++;
                scale--;
            }
        }

        if (digits == 0 || significant > MaxDigits)
        {
            return false;
        }

        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            var exponentNegative = false;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                exponentNegative = s[i] == '-';
                i++;
            }

            var exponentDigits = 0;
            var exponent = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && exponentDigits < 4)
            {
                exponent = exponent * 10 + (s[i++] - '0');
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }

            scale += exponentNegative ? -exponent : exponent;
        }

        if (i != s.Length || scale < -MaxExactPower || scale > MaxExactPower)
        {
            return false;
        }

        var magnitude = scale >= 0 ? mantissa * PowersOfTen[scale] : mantissa / PowersOfTen[-scale];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>Adds a digit; leading zeros do not count towards the 15 significant digits a double holds exactly.</summary>
    private static void Accumulate(char digit, ref long mantissa, ref int significant)
    {
        if (mantissa != 0 || digit != '0')
        {
            significant++;
        }

        if (significant <= MaxDigits)
        {
            mantissa = mantissa * 10 + (digit - '0');
        }
    }
}
