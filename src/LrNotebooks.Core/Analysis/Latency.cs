using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// Latency: how many steps each run of a sweep needed to reach its tolerance (<see cref="RunOptions.Tolerance"/>),
/// the quantity of claims C1 (it changes with the learning rate), C4 (it grows like 1/η) and C12 (the window of
/// usable rates).
/// </summary>
public static class Latency
{
    /// <summary>
    /// For each run, in order, the step at which it converged; NaN for a run that did not converge (still running
    /// when its budget ran out, or diverged), so that a chart leaves a gap there instead of drawing a point.
    /// </summary>
    /// <param name="runs">The runs, typically made with a tolerance and <see cref="RunOptions.StopAtConvergence"/>.</param>
    public static double[] Steps(IEnumerable<Trajectory> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.Select(r => r.Status.Converged ? r.Status.Step : double.NaN)];
    }
}
