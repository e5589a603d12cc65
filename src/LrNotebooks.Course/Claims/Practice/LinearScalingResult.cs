using LrNotebooks.Core.Analysis;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.LinearScaling"/> measured; run arrays are [batch size][seed].</summary>
/// <param name="BatchSizes">The batch sizes compared.</param>
/// <param name="Unscaled">Runs at the base rate.</param>
/// <param name="Scaled">Runs at η₀·B/B₀.</param>
/// <param name="Breaking">Runs at the breaking batch size with the scaled rate, one per seed.</param>
/// <param name="UnscaledSpreads">Per seed: largest − smallest final validation loss of the unscaled runs.</param>
/// <param name="ScaledSpreads">Per seed: the same for the scaled runs.</param>
/// <param name="Comparison">Unscaled spread − scaled spread, paired over seeds.</param>
/// <param name="Holds">Whether the claim held.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record LinearScalingResult(IReadOnlyList<int> BatchSizes, TrainingResult[][] Unscaled, TrainingResult[][] Scaled,
    TrainingResult[] Breaking, double[] UnscaledSpreads, double[] ScaledSpreads, PairedComparison Comparison, bool Holds, string Evidence);
