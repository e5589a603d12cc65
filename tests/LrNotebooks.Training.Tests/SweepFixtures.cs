using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;

namespace LrNotebooks.Training.Tests;

/// <summary>Hand-made training results and sweeps with known numbers, for the summary helpers (no training involved).</summary>
internal static class SweepFixtures
{
    /// <summary>
    /// The final accuracy of grid cell (o, s, l) and seed k: 0.5 + 0.1 o + 0.01 s + a peak at the middle learning rate
    /// (+0.2) for schedule 0 and at the last one for schedule 1, + 0.002 per seed, so every cell has a known mean.
    /// </summary>
    public static double Accuracy(int o, int s, int l, int k) =>
        0.5 + 0.1 * o + 0.01 * s + (s == 0 ? (l == 1 ? 0.2 : 0) : 0.05 * l) + 0.002 * k;

    /// <summary>A finished run whose validation accuracy per epoch is <paramref name="validationAccuracies"/>.</summary>
    public static TrainingResult Run(string label, params double[] validationAccuracies) => new(label,
        validationAccuracies.Select((a, i) => new EpochMetrics(i + 1, 1 - a, a, 1 - a, a, 0.1)).ToArray(),
        new RunStatus(RunOutcome.StillRunning, validationAccuracies.Length * 10));

    /// <summary>A run that diverged at batch step <paramref name="step"/> after the given epochs.</summary>
    public static TrainingResult Diverged(string label, int step, params double[] validationAccuracies) =>
        Run(label, validationAccuracies) with { Status = new RunStatus(RunOutcome.Diverged, step) };

    /// <summary>
    /// A sweep over 2 optimizers x 2 schedules x 3 learning rates x 2 seeds whose final validation accuracy is
    /// <c>accuracy(o, s, l, k)</c>; nothing is trained.
    /// </summary>
    public static SweepResult Sweep(Func<int, int, int, int, double> accuracy, int optimizers = 2, int schedules = 2)
    {
        var grid = new SweepGrid([0.01, 0.1, 1.0],
            new[] { ScheduleChoice.Constant, new ScheduleChoice("cosine", lr => lr) }.Take(schedules).ToArray(),
            new[] { new OptimizerChoice("SGD", lr => Optimizer.Sgd(lr)), new OptimizerChoice("Adam", lr => Optimizer.Adam(lr)) }.Take(optimizers).ToArray(),
            [0, 1]);
        var points = grid.Points();
        var results = points.Select(p => Run(p.Label, 0.5, accuracy(p.OptimizerIndex, p.ScheduleIndex, p.LearningRateIndex, p.SeedIndex))).ToArray();
        return new SweepResult(grid, points, results);
    }
}
