using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.GradientNoise"/> measured.</summary>
/// <param name="BatchSizes">The batch sizes B.</param>
/// <param name="Measured">Mean of ‖g_B − g‖² over the random batches of each size.</param>
/// <param name="StandardErrors">Standard error of each mean.</param>
/// <param name="Predicted">tr(Σ)/B · (N − B)/(N − 1).</param>
/// <param name="PerExampleVariance">tr(Σ): the mean squared distance of a single example's gradient from the full gradient.</param>
/// <param name="Fit">Power law fitted to the measured variances against B.</param>
/// <param name="Holds">Whether the slope and every size passed.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record GradientNoiseResult(IReadOnlyList<int> BatchSizes, double[] Measured, double[] StandardErrors, double[] Predicted,
    double PerExampleVariance, PowerLawFit Fit, bool Holds, string Evidence);
