using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Lessons;

/// <summary>
/// Measures of overshooting on a recorded run: whether an iterate jumps across the minimum at every step
/// (the sign of x_t - x* alternates) and whether the loss ever goes up.
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
    /// How many consecutive pairs of <see cref="Signs"/> have opposite signs (one per crossing of the minimum);
    /// the maximum is the number of pairs, reached when the iterate overshoots at every step.
    /// </summary>
    public static int SignChanges(Trajectory run, int coordinate, double center, int? steps = null)
    {
        int[] signs = Signs(run, coordinate, center, steps);
        int changes = 0;
        for (int t = 1; t < signs.Length; t++) if (signs[t] * signs[t - 1] < 0) changes++;
        return changes;
    }

    /// <summary>
    /// True when the deviation from <paramref name="center"/> flips sign at every one of the first
    /// <paramref name="steps"/> steps (at least one step, and no iterate exactly on the center).
    /// </summary>
    public static bool AlternatesEveryStep(Trajectory run, int coordinate, double center, int? steps = null)
    {
        int[] signs = Signs(run, coordinate, center, steps);
        return signs.Length >= 2 && SignChanges(run, coordinate, center, steps) == signs.Length - 1;
    }

    /// <summary>How many steps increased the loss: the number of t with Losses[t + 1] &gt; Losses[t].</summary>
    public static int LossIncreases(Trajectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        int increases = 0;
        for (int t = 1; t < run.Losses.Count; t++) if (run.Losses[t] > run.Losses[t - 1]) increases++;
        return increases;
    }

    /// <summary>Whether the loss never increased (Losses[t + 1] &lt;= Losses[t] for every t).</summary>
    public static bool IsLossMonotone(Trajectory run) => LossIncreases(run) == 0;
}
