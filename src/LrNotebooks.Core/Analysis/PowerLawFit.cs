namespace LrNotebooks.Core.Analysis;

/// <summary>A fitted power law y ≈ Coefficient · x^Exponent (a straight line on log-log axes).</summary>
/// <param name="Exponent">The log-log slope k.</param>
/// <param name="Coefficient">The prefactor c = exp(intercept of log y on log x).</param>
/// <param name="RSquared">Coefficient of determination of the line in log-log space (1 = perfect).</param>
/// <param name="Count">How many points were fitted.</param>
public sealed record PowerLawFit(double Exponent, double Coefficient, double RSquared, int Count)
{
    /// <summary>The fitted value c · x^k.</summary>
    public double Predict(double x) => Coefficient * Math.Pow(Guard.Positive(x), Exponent);

    /// <summary><c>y ≈ c · x^k (R² = r, n points)</c>.</summary>
    public override string ToString() =>
        $"y ≈ {Numbers.Format(Coefficient)} · x^{Numbers.Format(Exponent)} (R² = {Numbers.Format(RSquared, 4)}, {Count} points)";
}
