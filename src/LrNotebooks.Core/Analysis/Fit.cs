namespace LrNotebooks.Core.Analysis;

/// <summary>Least-squares fits used to turn a chart into a checkable number.</summary>
public static class Fit
{
    /// <summary>
    /// Fits y ≈ c · x^k by ordinary least squares of ln y on ln x:
    /// k = Σ(u - ū)(v - v̄) / Σ(u - ū)², ln c = v̄ - k ū, with u = ln x, v = ln y.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than 2 points, different lengths, a value that is not finite and
    /// &gt; 0, or all x equal.</exception>
    public static PowerLawFit PowerLaw(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Guard.SameLength(x.Count, y.Count, nameof(y));
        Guard.AtLeast(x.Count, 2, nameof(x));
        var u = new double[x.Count];
        var v = new double[y.Count];
        for (int i = 0; i < u.Length; i++)
        {
            u[i] = Math.Log(Guard.Positive(x[i], $"{nameof(x)}[{i}]"));
            v[i] = Math.Log(Guard.Positive(y[i], $"{nameof(y)}[{i}]"));
        }

        double uMean = u.Average(), vMean = v.Average();
        double suu = 0, suv = 0, svv = 0;
        for (int i = 0; i < u.Length; i++)
        {
            suu += (u[i] - uMean) * (u[i] - uMean);
            suv += (u[i] - uMean) * (v[i] - vMean);
            svv += (v[i] - vMean) * (v[i] - vMean);
        }
        if (suu == 0) throw new ArgumentException("x must contain at least two different values (a slope needs a spread in x).", nameof(x));

        double slope = suv / suu;
        double intercept = vMean - slope * uMean;
        // Constant y: the line explains everything there is to explain.
        double rSquared = svv == 0 ? 1 : suv * suv / (suu * svv);
        return new PowerLawFit(slope, Math.Exp(intercept), rSquared, u.Length);
    }

    /// <summary>The slope of ln y against ln x (the exponent of <see cref="PowerLaw"/>).</summary>
    public static double LogLogSlope(IReadOnlyList<double> x, IReadOnlyList<double> y) => PowerLaw(x, y).Exponent;
}
