using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// Overshooting measures that complement <see cref="RunAnalysis"/> (which counts sign changes and tests for a
/// non-increasing loss): the sign pattern of x_t - x* itself, whether it flips at literally every step, and how many
/// steps raised the loss.
/// </summary>
public static class Oscillation
{
    /// <summary>The signs (+1, -1 or 0) of Points[t][coordinate] - center for t = 0 .. min(steps, StepsTaken).</summary>
    public static int[] Signs(Trajectory run, int coordinate, double center, int? steps = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        int dimension = run.Points[0].Length;
        Guard.InRange(coordinate, 0, dimension - 1);
        Guard.Finite(center);
        int last = Math.Min(Guard.AtLeast(steps ?? run.StepsTaken, 0, nameof(steps)), run.StepsTaken);
        var signs = new int[last + 1];
        for (int t = 0; t <= last; t++) signs[t] = Math.Sign(run.Points[t][coordinate] - center);
        return signs;
    }

    /// <summary>
    /// True when x_t[coordinate] - center flips sign at every one of the first <paramref name="steps"/> steps: at least
    /// one step, no iterate exactly on the center, and each sign the opposite of the one before (the overshoot of
    /// gradient descent on a quadratic with 1/λ &lt; η &lt; 2/λ along that direction).
    /// </summary>
    public static bool AlternatesEveryStep(Trajectory run, int coordinate, double center, int? steps = null)
    {
        int[] signs = Signs(run, coordinate, center, steps);
        if (signs.Length < 2 || signs.Contains(0)) return false;
        for (int t = 1; t < signs.Length; t++) if (signs[t] == signs[t - 1]) return false;
        return true;
    }

    /// <summary>
    /// How many steps increased the loss: the number of t with Losses[t + 1] &gt; Losses[t]. Zero means the loss
    /// never went up (see <see cref="RunAnalysis.LossIsNonIncreasing"/>); many means it jumps up and down.
    /// </summary>
    public static int LossIncreases(Trajectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int increases = 0;
        for (int t = 1; t < run.Losses.Count; t++) if (run.Losses[t] > run.Losses[t - 1]) increases++;
        return increases;
    }
}
