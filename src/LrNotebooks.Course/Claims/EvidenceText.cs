using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Course;

/// <summary>The wording the claim computations use for their evidence, so every claim prints an effect the same way.</summary>
internal static class EvidenceText
{
    /// <summary>e.g. <c>schedule ÷ best fixed = 0.204× (95% interval 0.146× to 0.286×, 64 seeds paired)</c>.</summary>
    public static string Factor(PairedComparison comparison, string ratio) =>
        $"{ratio} = {Numbers.Format(comparison.Factor)}× ({Numbers.Format(comparison.Confidence * 100)}% interval "
        + $"{Numbers.Format(comparison.FactorLow)}× to {Numbers.Format(comparison.FactorHigh)}×, {comparison.Count} seeds paired)";
}
