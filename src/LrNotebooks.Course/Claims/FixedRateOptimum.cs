namespace LrNotebooks.Course;

/// <summary>
/// A fine sweep of fixed learning rates on a noise-free quadratic and the closed-form optimum it is checked against.
/// </summary>
/// <param name="LearningRates">The swept rates, increasing.</param>
/// <param name="FinalErrors">FinalErrors[i]: distance ‖x_T − x*‖ to the minimum after the budget at LearningRates[i].</param>
/// <param name="ClosedForm">2/(λ_min + λ_max), the rate that minimises the worst contraction factor max |1 − ηλ|.</param>
/// <param name="Steps">The budget T of every run.</param>
public sealed record FixedRateOptimum(IReadOnlyList<double> LearningRates, IReadOnlyList<double> FinalErrors, double ClosedForm, int Steps)
{
    /// <summary>The index of the smallest final error (the first on ties).</summary>
    public int BestIndex => Enumerable.Range(0, FinalErrors.Count).MinBy(i => FinalErrors[i]);

    /// <summary>The swept rate with the smallest final error.</summary>
    public double BestLearningRate => LearningRates[BestIndex];

    /// <summary>The spacing of the sweep next to the best rate (the resolution of "best").</summary>
    public double GridStep
    {
        get
        {
            int i = BestIndex;
            double below = i > 0 ? LearningRates[i] - LearningRates[i - 1] : double.PositiveInfinity;
            double above = i + 1 < LearningRates.Count ? LearningRates[i + 1] - LearningRates[i] : double.PositiveInfinity;
            return Math.Min(below, above);
        }
    }
}
