using MathNet.Numerics.Distributions;

namespace Modelplane.ML.Evaluation;

/// <summary>McNemar's exact and continuity-corrected tests.</summary>
internal static class McNemarTest
{
    public static McNemarResult Compute(bool[] labels, bool[] challenger, bool[] champion)
    {
        long b = 0, c = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var challengerRight = challenger[i] == labels[i];
            var championRight = champion[i] == labels[i];
            if (challengerRight && !championRight)
            {
                b++;
            }
            else if (championRight && !challengerRight)
            {
                c++;
            }
        }

        return Compute(b, c);
    }

    public static McNemarResult Compute(long b, long c)
    {
        var n = b + c;
        if (n == 0)
        {
            return new McNemarResult(b, c, 1, 0, 1);
        }

        var exact = Math.Min(1, 2 * Binomial.CDF(0.5, (int)n, Math.Min(b, c)));
        var chiSquare = Math.Pow(Math.Abs(b - c) - 1, 2) / n;
        var chiSquareP = 1 - ChiSquared.CDF(1, chiSquare);
        return new McNemarResult(b, c, exact, chiSquare, chiSquareP);
    }
}
