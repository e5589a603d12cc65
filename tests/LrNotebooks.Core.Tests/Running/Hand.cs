using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Tests.Running;

/// <summary>Hand-made 1-D trajectories with given losses, for tests of code that only reads a run's records.</summary>
internal static class Hand
{
    /// <summary>A still-running run with the given losses (x_t = loss_t, learning rate 0.1, effective step 0.1).</summary>
    public static Trajectory Run(params double[] losses) => Run(new RunStatus(RunOutcome.StillRunning, losses.Length - 1), losses);

    /// <summary>A run with the given status and losses.</summary>
    public static Trajectory Run(RunStatus status, params double[] losses) => new(
        "hand",
        [.. losses.Select(l => new[] { l })],
        losses,
        [.. Enumerable.Repeat(0.1, losses.Length - 1)],
        [.. Enumerable.Repeat(1.0, losses.Length)],
        [.. Enumerable.Range(0, losses.Length - 1).Select(_ => new[] { 0.1 })],
        status);

    /// <summary>A 2-D run whose effective step sizes are the given pairs (losses and points are placeholders).</summary>
    public static Trajectory WithStepSizes(params double[][] stepSizes) => new(
        "hand",
        [.. Enumerable.Range(0, stepSizes.Length + 1).Select(_ => new[] { 0.0, 0.0 })],
        [.. Enumerable.Repeat(0.0, stepSizes.Length + 1)],
        [.. Enumerable.Repeat(0.1, stepSizes.Length)],
        [.. Enumerable.Repeat(0.0, stepSizes.Length + 1)],
        stepSizes,
        new RunStatus(RunOutcome.StillRunning, stepSizes.Length));
}
