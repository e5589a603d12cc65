using MathNet.Numerics.Distributions;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// A paired comparison of two measurements made under shared conditions (the same seeds, the same starts):
/// the mean of the per-pair differences <c>a_i − b_i</c>, its standard error and a two-sided confidence interval
/// from Student's t distribution with <c>n − 1</c> degrees of freedom. <see cref="OfLogRatios"/> compares on a log
/// scale, so the effect reads as a factor (<c>a/b</c>) with an interval of factors: the natural scale for losses.
/// </summary>
/// <param name="Count">Number of pairs.</param>
/// <param name="MeanDifference">Mean of <c>a_i − b_i</c> (of <c>ln a_i − ln b_i</c> on the log scale).</param>
/// <param name="StandardError">Sample standard deviation of the differences divided by √n.</param>
/// <param name="Low">Lower end of the confidence interval of the mean difference.</param>
/// <param name="High">Upper end of the confidence interval of the mean difference.</param>
/// <param name="Confidence">Confidence level of the interval, e.g. 0.95.</param>
/// <param name="OnLogScale">True when the differences are of natural logarithms (see <see cref="OfLogRatios"/>).</param>
public sealed record PairedComparison(
    int Count, double MeanDifference, double StandardError, double Low, double High, double Confidence, bool OnLogScale)
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/> pair by pair: <c>a_i − b_i</c>.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, hold fewer than 2 pairs or a non-finite value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in (0, 1).</exception>
    public static PairedComparison Of(IReadOnlyList<double> a, IReadOnlyList<double> b, double confidence = 0.95) =>
        FromDifferences(Differences(a, b, log: false), confidence, onLogScale: false);

    /// <summary>
    /// Compares positive <paramref name="a"/> with <paramref name="b"/> on a log scale: <c>ln a_i − ln b_i</c>.
    /// <see cref="Factor"/> is then the geometric mean of <c>a_i / b_i</c>, with the interval
    /// [<see cref="FactorLow"/>, <see cref="FactorHigh"/>].
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, fewer than 2 pairs, or a value that is not finite and positive.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in (0, 1).</exception>
    public static PairedComparison OfLogRatios(IReadOnlyList<double> a, IReadOnlyList<double> b, double confidence = 0.95) =>
        FromDifferences(Differences(a, b, log: true), confidence, onLogScale: true);

    /// <summary>True when the whole interval lies above 0: <c>a</c> is larger than <c>b</c> beyond the noise.</summary>
    public bool AIsLarger => Low > 0;

    /// <summary>True when the whole interval lies below 0: <c>a</c> is smaller than <c>b</c> beyond the noise.</summary>
    public bool AIsSmaller => High < 0;

    /// <summary>The t statistic <c>MeanDifference / StandardError</c> (±∞ when every pair differs by the same amount).</summary>
    public double T => StandardError > 0 ? MeanDifference / StandardError : MeanDifference == 0 ? 0 : Math.CopySign(double.PositiveInfinity, MeanDifference);

    /// <summary>On the log scale: the geometric-mean factor <c>a/b</c>; otherwise <see cref="double.NaN"/>.</summary>
    public double Factor => OnLogScale ? Math.Exp(MeanDifference) : double.NaN;

    /// <summary>On the log scale: the lower end of the factor's interval; otherwise <see cref="double.NaN"/>.</summary>
    public double FactorLow => OnLogScale ? Math.Exp(Low) : double.NaN;

    /// <summary>On the log scale: the upper end of the factor's interval; otherwise <see cref="double.NaN"/>.</summary>
    public double FactorHigh => OnLogScale ? Math.Exp(High) : double.NaN;

    /// <summary>
    /// The effect with its interval, e.g. <c>a/b = 0.58x (95% interval 0.42x to 0.80x, 8 pairs)</c> or
    /// <c>a − b = 0.31 (95% interval 0.12 to 0.50, 8 pairs)</c>.
    /// </summary>
    public override string ToString()
    {
        string level = $"{Confidence * 100:0.#}%";
        return OnLogScale
            ? $"a/b = {Factor:G3}x ({level} interval {FactorLow:G3}x to {FactorHigh:G3}x, {Count} pairs)"
            : $"a − b = {MeanDifference:G3} ({level} interval {Low:G3} to {High:G3}, {Count} pairs)";
    }

    private static double[] Differences(IReadOnlyList<double> a, IReadOnlyList<double> b, bool log)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
            throw new ArgumentException($"a and b must have the same length (pairs), but a has {a.Count} and b {b.Count}.", nameof(b));
        if (a.Count < 2)
            throw new ArgumentException($"A paired comparison needs at least 2 pairs, but a has {a.Count}.", nameof(a));
        var d = new double[a.Count];
        for (int i = 0; i < d.Length; i++)
        {
            Check(a[i], nameof(a), i, log);
            Check(b[i], nameof(b), i, log);
            d[i] = log ? Math.Log(a[i]) - Math.Log(b[i]) : a[i] - b[i];
        }
        return d;
    }

    private static void Check(double value, string name, int index, bool positive)
    {
        if (!double.IsFinite(value) || (positive && value <= 0))
            throw new ArgumentException(
                $"{name}[{index}] must be {(positive ? "finite and > 0" : "finite")}, but is {value}.", name);
    }

    private static PairedComparison FromDifferences(double[] d, double confidence, bool onLogScale)
    {
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1), e.g. 0.95.");
        int n = d.Length;
        double mean = d.Average();
        double sumSquares = d.Sum(x => (x - mean) * (x - mean));
        double se = Math.Sqrt(sumSquares / (n - 1) / n);
        double t = StudentT.InvCDF(0, 1, n - 1, 0.5 + confidence / 2);
        return new PairedComparison(n, mean, se, mean - t * se, mean + t * se, confidence, onLogScale);
    }
}
