using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Tests.Analysis;

/// <summary>Hand-made trajectories for the analysis tests.</summary>
internal static class Runs
{
    /// <summary>A run through the given points with the given losses (one per point).</summary>
    public static Trajectory Of(double[][] points, double[] losses, RunStatus? status = null) => new(
        "test run",
        points,
        losses,
        [.. Enumerable.Repeat(0.1, points.Length - 1)],
        [.. Enumerable.Repeat(1.0, points.Length)],
        [.. Enumerable.Range(0, points.Length - 1).Select(_ => new[] { 0.1 })],
        status ?? new RunStatus(RunOutcome.StillRunning, points.Length - 1));

    /// <summary>A 1-D run through <paramref name="xs"/> with loss x².</summary>
    public static Trajectory OneD(params double[] xs) => Of([.. xs.Select(x => new[] { x })], [.. xs.Select(x => x * x)]);
}
