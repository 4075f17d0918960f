using MathNet.Numerics;

namespace Modelplane.ML.Drift;

/// <summary>
/// The two-sample Kolmogorov-Smirnov test as SciPy's <c>ks_2samp(method="auto")</c> computes it:
/// the exact distribution when both samples have at most 10,000 values (Hodges' lattice-path
/// counts, as in SciPy), otherwise the one-sample Kolmogorov distribution of
/// n = round(n₁n₂ / (n₁ + n₂)), following SciPy's <c>kstwo.sf</c> (Simard and L'Ecuyer's choice
/// of Durbin, Pomeranz, Pelz-Good and exact Smirnov algorithms).
/// </summary>
internal static class KolmogorovSmirnov
{
    private const int MaxExactSize = 10_000;
    private const int Scale = 128;
    private static readonly double ScaleUp = Math.ScaleB(1.0, Scale);
    private static readonly double ScaleDown = Math.ScaleB(1.0, -Scale);

    public static (double Statistic, double PValue) Test(double[] sample1, double[] sample2)
    {
        var a = sample1.Order().ToArray();
        var b = sample2.Order().ToArray();
        int n1 = a.Length, n2 = b.Length;
        if (n1 == 0 || n2 == 0)
        {
            throw new ArgumentException("The Kolmogorov-Smirnov test needs values in both samples.");
        }

        var d = Statistic(a, b);
        var g = Gcd(n1, n2);
        if (Math.Max(n1, n2) <= MaxExactSize)
        {
            var lcm = (long)(n1 / g) * n2;
            var h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
            d = (double)h / lcm;
            if (h == 0)
            {
                return (d, 1.0);
            }

            var exact = n1 == n2 ? ProbabilityOutsideSquare(n1, h) : OuterProbabilityInside(n1, n2, g, h);
            if (double.IsFinite(exact) && exact is >= 0 and <= 1)
            {
                return (d, exact);
            }
        }

        double m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        var en = m * n / (m + n);
        return (d, Math.Clamp(KolmogorovSurvival((int)Math.Round(en, MidpointRounding.ToEven), d), 0, 1));
    }

    /// <summary>D = max |F₁(x) − F₂(x)| over all observed x, computed as SciPy does (searchsorted, side right).</summary>
    private static double Statistic(double[] a, double[] b)
    {
        double max = 0;
        foreach (var x in a.Concat(b))
        {
            var cdf1 = (double)UpperBound(a, x) / a.Length;
            var cdf2 = (double)UpperBound(b, x) / b.Length;
            max = Math.Max(max, Math.Abs(cdf1 - cdf2));
        }

        return max;
    }

    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>Pr(D ≥ h/n) for equal sample sizes n (SciPy's <c>_compute_prob_outside_square</c>).</summary>
    private static double ProbabilityOutsideSquare(long n, long h)
    {
        double p = 0;
        var k = n / h;
        while (k >= 0)
        {
            double p1 = 1;
            for (long j = 0; j < h; j++)
            {
                p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
            }

            p = p1 * (1 - p);
            k--;
        }

        return 2 * p;
    }

    /// <summary>
    /// The share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| &lt; h/lcm,
    /// computed inside the band as 1 − p directly (Hodges; Viehmann's stable recursion), as SciPy does.
    /// </summary>
    private static double OuterProbabilityInside(long m, long n, long g, long h)
    {
        if (m < n)
        {
            (m, n) = (n, m);
        }

        var mg = m / g;
        var ng = n / g;
        long minj = 0;
        var maxj = Math.Min((long)Math.Ceiling((double)h / mg), n + 1);
        var curlen = maxj - minj;
        var lenA = Math.Min(2 * maxj + 2, n + 1);
        var a = new double[lenA];
        Array.Fill(a, 1.0);
        for (var j = minj; j < maxj; j++)
        {
            a[j] = 0;
        }

        for (long i = 1; i <= m; i++)
        {
            var lastminj = minj;
            var lastlen = curlen;
            minj = Math.Max((long)Math.Floor((double)(ng * i - h) / mg) + 1, 0);
            minj = Math.Min(minj, n);
            maxj = Math.Min((long)Math.Ceiling((double)(ng * i + h) / mg), n + 1);
            if (maxj <= minj)
            {
                return 1.0;
            }

            var val = minj == 0 ? 0.0 : 1.0;
            for (long jj = 0; jj < maxj - minj; jj++)
            {
                var j = jj + minj;
                val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
                a[jj] = val;
            }

            curlen = maxj - minj;
            if (lastlen > curlen)
            {
                for (var k = maxj - minj; k < maxj - minj + (lastlen - curlen) && k < lenA; k++)
                {
                    a[k] = 1;
                }
            }
        }

        return a[maxj - minj - 1];
    }

    /// <summary>Pr(Dₙ ≥ x) of the one-sample two-sided statistic (SciPy's <c>_kolmogn(n, x, cdf=False)</c>).</summary>
    internal static double KolmogorovSurvival(int n, double x)
    {
        if (x >= 1)
        {
            return 0;
        }

        if (x <= 0)
        {
            return 1;
        }

        var t = n * x;
        if (t <= 1)
        {
            if (t <= 0.5)
            {
                return 1;
            }

            double cdf;
            if (n <= 140)
            {
                cdf = 1;
                for (var i = 1; i <= n; i++)
                {
                    cdf *= i * (1.0 / n) * (2 * t - 1);
                }
            }
            else
            {
                cdf = Math.Exp(LogFactorialOverPower(n) + n * Math.Log(2 * t - 1));
            }

            return Math.Clamp(1 - cdf, 0, 1);
        }

        if (t >= n - 1)
        {
            return Math.Clamp(2 * Math.Pow(1 - x, n), 0, 1);
        }

        if (x >= 0.5)
        {
            return Math.Clamp(2 * Smirnov(n, x), 0, 1);
        }

        var nxSquared = t * x;
        if (n <= 140)
        {
            if (nxSquared <= 0.754693)
            {
                return Math.Clamp(1 - Durbin(n, x), 0, 1);
            }

            if (nxSquared <= 4)
            {
                return Math.Clamp(1 - Pomeranz(n, x), 0, 1);
            }

            return Math.Clamp(2 * Smirnov(n, x), 0, 1);
        }

        if (nxSquared >= 370)
        {
            return 0;
        }

        if (nxSquared >= 2.2)
        {
            return Math.Clamp(2 * Smirnov(n, x), 0, 1);
        }

        var cdfProbability = n <= 100_000 && n * Math.Pow(x, 1.5) <= 1.4 ? Durbin(n, x) : PelzGood(n, x);
        return Math.Clamp(1 - cdfProbability, 0, 1);
    }

    /// <summary>log(n! / nⁿ) by Stirling's series, as SciPy computes it.</summary>
    private static double LogFactorialOverPower(int n)
    {
        double[] stirling =
        [
            -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
            -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
        ];
        var rn = 1.0 / n;
        var x = rn / n;
        var poly = 0.0;
        foreach (var c in stirling)
        {
            poly = poly * x + c;
        }

        return Math.Log(n) / 2 - n + Math.Log(2 * Math.PI) / 2 + rn * poly;
    }

    /// <summary>
    /// The exact one-sided Smirnov survival Pr(Dₙ⁺ ≥ x) by the Birnbaum-Tingey sum, with every term
    /// in log space (the terms are positive, so nothing cancels).
    /// </summary>
    internal static double Smirnov(int n, double x)
    {
        if (x >= 1)
        {
            return 0;
        }

        if (x <= 0)
        {
            return 1;
        }

        var last = (int)Math.Floor(n * (1 - x));
        var logN = SpecialFunctions.FactorialLn(n);
        double sum = 0;
        for (var j = 0; j <= last; j++)
        {
            var rest = 1 - x - (double)j / n;
            if (rest <= 0)
            {
                if (n - j == 0)
                {
                    sum += Math.Exp(logN - SpecialFunctions.FactorialLn(j) + (j - 1) * Math.Log(x + (double)j / n));
                }

                continue;
            }

            var log = logN - SpecialFunctions.FactorialLn(j) - SpecialFunctions.FactorialLn(n - j)
                + (n - j) * Math.Log(rest) + (j - 1) * Math.Log(x + (double)j / n);
            sum += Math.Exp(log);
        }

        return x * sum;
    }

    /// <summary>Pr(Dₙ ≤ d) by the Durbin matrix (Marsaglia, Tsang and Wang), as SciPy's <c>_kolmogn_DMTW</c>.</summary>
    private static double Durbin(int n, double d)
    {
        if (d >= 1)
        {
            return 1;
        }

        var nd = n * d;
        if (nd <= 0.5)
        {
            return 0;
        }

        var k = (int)Math.Ceiling(nd);
        var h = k - nd;
        var m = 2 * k - 1;
        var v = new double[m];
        var w = new double[m];
        double fac = 1;
        for (var j = 1; j <= m; j++)
        {
            v[j - 1] = 1 - Math.Pow(h, j);
            w[j - 1] = fac;
            fac /= j;
            v[j - 1] *= fac;
        }

        var tt = Math.Pow(Math.Max(2 * h - 1, 0), m) - 2 * Math.Pow(h, m);
        v[m - 1] = (1 + tt) * fac;

        var matrix = new double[m, m];
        for (var i = 1; i < m; i++)
        {
            for (var r = i - 1; r < m; r++)
            {
                matrix[r, i] = w[r - (i - 1)];
            }
        }

        for (var r = 0; r < m; r++)
        {
            matrix[r, 0] = v[r];
        }

        for (var c = 0; c < m; c++)
        {
            matrix[m - 1, c] = v[m - 1 - c];
        }

        var power = Identity(m);
        var nn = n;
        var exponent = 0;
        var matrixExponent = 0;
        while (nn > 0)
        {
            if (nn % 2 == 1)
            {
                power = Multiply(power, matrix);
                exponent += matrixExponent;
            }

            matrix = Multiply(matrix, matrix);
            matrixExponent *= 2;
            if (Math.Abs(matrix[k - 1, k - 1]) > ScaleUp)
            {
                ScaleMatrix(matrix, ScaleDown);
                matrixExponent += Scale;
            }

            nn /= 2;
        }

        var p = power[k - 1, k - 1];
        for (var i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < ScaleDown)
            {
                p *= ScaleUp;
                exponent -= Scale;
            }
        }

        if (exponent != 0)
        {
            p = Math.ScaleB(p, exponent);
        }

        return Math.Clamp(p, 0, 1);
    }

    /// <summary>Pr(Dₙ ≤ x) by Pomeranz's recursion, as SciPy's <c>_kolmogn_Pomeranz</c>.</summary>
    private static double Pomeranz(int n, double x)
    {
        var t = n * x;
        var ll = (int)Math.Floor(t);
        var f = t - ll;
        var g = Math.Min(f, 1 - f);
        var ceilf = f > 0 ? 1 : 0;
        var roundf = f > 0.5 ? 1 : 0;
        var npwrs = 2 * (ll + 1);
        var gpower = new double[npwrs];
        var twogpower = new double[npwrs];
        var onem2gpower = new double[npwrs];
        gpower[0] = twogpower[0] = onem2gpower[0] = 1;
        var exponent = 0;
        double gOverN = g / n, twoGOverN = 2 * g / n, oneMinusTwoGOverN = (1 - 2 * g) / n;
        for (var m = 1; m < npwrs; m++)
        {
            gpower[m] = gpower[m - 1] * gOverN / m;
            twogpower[m] = twogpower[m - 1] * twoGOverN / m;
            onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
        }

        var v0 = new double[npwrs];
        var v1 = new double[npwrs];
        v1[0] = 1;
        int v0s = 0, v1s = 0;
        var (j1, _) = PomeranzBounds(0, n, ll, ceilf, roundf);
        for (var i = 1; i < 2 * n + 2; i++)
        {
            var k1 = j1;
            (v0, v1) = (v1, v0);
            (v0s, v1s) = (v1s, v0s);
            Array.Clear(v1);
            (j1, var j2) = PomeranzBounds(i, n, ll, ceilf, roundf);
            var powers = i == 1 || i == 2 * n + 1 ? gpower : i % 2 == 1 ? twogpower : onem2gpower;
            var ln2 = j2 - k1 + 1;
            if (ln2 > 0)
            {
                // Full convolution of v0[k1 - v0s ..][..ln2] with powers[..ln2], keeping entries j1 - k1 ..
                var convStart = j1 - k1;
                var convLength = j2 - j1 + 1;
                for (var c = 0; c < convLength; c++)
                {
                    var index = convStart + c;
                    double sum = 0;
                    for (var q = Math.Max(0, index - (ln2 - 1)); q <= Math.Min(index, ln2 - 1); q++)
                    {
                        var source = k1 - v0s + q;
                        if (source >= 0 && source < npwrs && index - q < npwrs)
                        {
                            sum += v0[source] * powers[index - q];
                        }
                    }

                    v1[c] = sum;
                }

                var max = v1.Max();
                if (max > 0 && max < ScaleDown)
                {
                    for (var c = 0; c < npwrs; c++)
                    {
                        v1[c] *= ScaleUp;
                    }

                    exponent -= Scale;
                }

                v1s = v0s + j1 - k1;
            }
        }

        var answer = v1[n - v1s];
        for (var m = 1; m <= n; m++)
        {
            if (Math.Abs(answer) > ScaleUp)
            {
                answer *= ScaleDown;
                exponent += Scale;
            }

            answer *= m;
        }

        if (exponent != 0)
        {
            answer = Math.ScaleB(answer, exponent);
        }

        return Math.Clamp(answer, 0, 1);
    }

    private static (int J1, int J2) PomeranzBounds(int i, int n, int ll, int ceilf, int roundf)
    {
        int j1, j2;
        if (i == 0)
        {
            (j1, j2) = (-ll - ceilf - 1, ll + ceilf - 1);
        }
        else
        {
            var half = (i + 1) / 2;
            if ((i + 1) % 2 == 0)
            {
                (j1, j2) = half == n + 1
                    ? (n - ll - ceilf - 1, n + ll + ceilf - 1)
                    : (half - 1 - ll - roundf - 1, half + ll - 1 + ceilf - 1);
            }
            else
            {
                (j1, j2) = (half - 1 - ll - 1, half + ll + roundf - 1);
            }
        }

        return (Math.Max(j1 + 2, 0), Math.Min(j2, n));
    }

    /// <summary>Pr(Dₙ ≤ x) by the Pelz-Good asymptotic series, as SciPy's <c>_kolmogn_PelzGood</c>.</summary>
    private static double PelzGood(int n, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        const double minLog = -708;
        var piSquared = Math.PI * Math.PI;
        var piFour = piSquared * piSquared;
        var piSix = piFour * piSquared;
        var sqrt2Pi = Math.Sqrt(2 * Math.PI);
        var z = Math.Sqrt(n) * x;
        double zsquared = z * z, zthree = zsquared * z, zfour = zsquared * zsquared, zsix = zfour * zsquared;
        var qlog = -piSquared / 8 / zsquared;
        if (qlog < minLog)
        {
            return 0;
        }

        var q = Math.Exp(qlog);
        var k1a = -zsquared;
        var k1b = piSquared / 4;
        var k2a = 6 * zsix + 2 * zfour;
        var k2b = (2 * zfour - 5 * zsquared) * piSquared / 4;
        var k2c = piFour * (1 - 2 * zsquared) / 16;
        var k3d = piSix * (5 - 30 * zsquared) / 64;
        var k3c = piFour * (-60 * zsquared + 212 * zfour) / 16;
        var k3b = piSquared * (135 * zfour - 96 * zsix) / 4;
        var k3a = -30 * zsix - 90 * Math.Pow(z, 8);

        var terms = new double[4];
        var maxk = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxk; k > 0; k--)
        {
            var m = 2 * k - 1;
            double msquared = (double)m * m, mfour = msquared * msquared, msix = mfour * msquared;
            var qpower = Math.Pow(q, 8 * k);
            double[] coefficients =
            [
                1.0,
                k1a + k1b * msquared,
                k2a + k2b * msquared + k2c * mfour,
                k3a + k3b * msquared + k3c * mfour + k3d * msix,
            ];
            for (var i = 0; i < 4; i++)
            {
                terms[i] = terms[i] * qpower + coefficients[i];
            }
        }

        double[] divisors = [z, 6 * zfour, 72 * Math.Pow(z, 7), 6480 * Math.Pow(z, 10)];
        for (var i = 0; i < 4; i++)
        {
            terms[i] = terms[i] * q * sqrt2Pi / divisors[i];
        }

        q = Math.Exp(-piSquared / 2 / zsquared);
        double k2extra = 0, k3extra = 0;
        var sqrt3z = Math.Sqrt(3) * z;
        for (var k = maxk; k > 0; k--)
        {
            var ksquared = (double)k * k;
            var qpower = Math.Pow(q, ksquared);
            k2extra += ksquared * qpower;
            var kspi = Math.PI * k;
            k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qpower;
        }

        terms[2] += k2extra * piSquared * sqrt2Pi / (-36 * zthree);
        terms[3] += k3extra * piSquared * sqrt2Pi / (216 * zsix);
        double sum = 0;
        for (var i = 0; i < 4; i++)
        {
            sum += terms[i] / Math.Pow(n, i / 2.0);
        }

        return sum;
    }

    private static double[,] Identity(int size)
    {
        var identity = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            identity[i, i] = 1;
        }

        return identity;
    }

    private static double[,] Multiply(double[,] left, double[,] right)
    {
        var size = left.GetLength(0);
        var result = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var k = 0; k < size; k++)
            {
                var value = left[i, k];
                if (value == 0)
                {
                    continue;
                }

                for (var j = 0; j < size; j++)
                {
                    result[i, j] += value * right[k, j];
                }
            }
        }

        return result;
    }

    private static void ScaleMatrix(double[,] matrix, double factor)
    {
        var size = matrix.GetLength(0);
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                matrix[i, j] *= factor;
            }
        }
    }
}
