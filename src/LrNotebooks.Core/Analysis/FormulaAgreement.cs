namespace LrNotebooks.Core.Analysis;

/// <summary>
/// How closely a sequence of computed values (a schedule's preview, the learning rates a run used) follows a
/// closed-form formula, step by step: the worst step and its relative error.
/// </summary>
/// <param name="Count">How many steps were compared.</param>
/// <param name="WorstStep">The step with the largest relative error (the first on ties).</param>
/// <param name="Actual">The computed value at <paramref name="WorstStep"/>.</param>
/// <param name="Expected">The formula's value at <paramref name="WorstStep"/>.</param>
/// <param name="RelativeError">|actual − expected| / max(|expected|, floor) at <paramref name="WorstStep"/>.</param>
public sealed record FormulaAgreement(int Count, int WorstStep, double Actual, double Expected, double RelativeError)
{
    /// <summary>
    /// Compares values[t] with formula(t) for every t. The relative error of a step is
    /// |values[t] − formula(t)| / max(|formula(t)|, <paramref name="floor"/>): relative where the formula is not
    /// tiny, absolute (scaled by the floor) where it is, e.g. at the end of a cosine that anneals to exactly 0.
    /// </summary>
    /// <param name="values">The computed values, at least one, all finite.</param>
    /// <param name="formula">The closed form as a function of the 0-based step; must return finite values.</param>
    /// <param name="floor">Smallest denominator, &gt; 0 (default 1e-12).</param>
    /// <exception cref="ArgumentException">Empty values, a value that is not finite, or a formula value that is not finite.</exception>
    public static FormulaAgreement Compare(IReadOnlyList<double> values, Func<int, double> formula, double floor = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(formula);
        Guard.AtLeast(values.Count, 1, nameof(values));
        Guard.Positive(floor);
        FormulaAgreement worst = new(values.Count, 0, 0, 0, -1);
        for (int t = 0; t < values.Count; t++)
        {
            double actual = Guard.Finite(values[t], $"{nameof(values)}[{t}]");
            double expected = Guard.Finite(formula(t), $"{nameof(formula)}({t})");
            double error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), floor);
            if (error > worst.RelativeError) worst = new(values.Count, t, actual, expected, error);
        }
        return worst;
    }

    /// <summary>Whether every step agrees to <paramref name="relativeTolerance"/> (&gt;= 0).</summary>
    public bool Within(double relativeTolerance) => RelativeError <= Guard.NonNegative(relativeTolerance);

    /// <summary>
    /// e.g. <c>300 steps, largest relative error 2.2e-16 at t = 17 (0.0425 vs formula 0.0425)</c>, or
    /// <c>300 steps, every value exactly equal to the formula</c>.
    /// </summary>
    public override string ToString() => RelativeError == 0
        ? $"{Count} steps, every value exactly equal to the formula"
        : $"{Count} steps, largest relative error {Numbers.Format(RelativeError, 2)} at t = {WorstStep} "
        + $"({Numbers.Format(Actual, 6)} vs formula {Numbers.Format(Expected, 6)})";
}
