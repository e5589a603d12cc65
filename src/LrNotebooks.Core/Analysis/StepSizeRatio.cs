using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// How differently an optimizer treats the coordinates: at each step, the largest per-parameter effective step
/// size divided by the smallest. Exactly 1 at every step for plain SGD (one learning rate for all); for adaptive
/// optimizers it follows the gradient history of each coordinate.
/// </summary>
public static class StepSizeRatio
{
    /// <summary>
    /// For each step t, max_i s_t[i] / min_i s_t[i] with s_t = <see cref="Trajectory.EffectiveStepSizes"/>[t]:
    /// 1 when all are equal (also all 0), +∞ when the smallest is 0 and another is not.
    /// </summary>
    /// <param name="run">A run with at least one step.</param>
    public static double[] PerStep(Trajectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Guard.AtLeast(run.EffectiveStepSizes.Count, 1, $"{nameof(run)}.EffectiveStepSizes.Count");
        return [.. run.EffectiveStepSizes.Select(Ratio)];
    }

    /// <summary>The median of <see cref="PerStep"/> over the run (the lower middle value for an even count): a typical ratio.</summary>
    /// <param name="run">A run with at least one step.</param>
    public static double Median(Trajectory run)
    {
        double[] ratios = PerStep(run);
        Array.Sort(ratios);
        return ratios[(ratios.Length - 1) / 2];
    }

    private static double Ratio(double[] stepSizes)
    {
        double largest = stepSizes.Max(), smallest = stepSizes.Min();
        if (largest == smallest) return 1;
        return smallest == 0 ? double.PositiveInfinity : largest / smallest;
    }
}
