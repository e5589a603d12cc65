using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>The schedules on the schedule explorer's buttons.</summary>
    public static IReadOnlyList<string> ScheduleKinds { get; } = ["constant", "step", "exponential", "cosine", "warm-up + cosine", "one-cycle"];

    /// <summary>The peak learning rates η₀ on the schedule explorer's slider.</summary>
    public static IReadOnlyList<double> SchedulePeaks { get; } = [0.1, 0.2, 0.35, 0.5, 0.7];

    /// <summary>
    /// A schedule explorer: buttons choose the schedule (constant, step, exponential, cosine, warm-up + cosine,
    /// one-cycle), a slider its peak rate η₀; left the learning rate per step, right the mean loss over the seeds
    /// under noisy gradients, next to the best fixed rate's with the same seeds.
    /// </summary>
    /// <param name="surface">The noisy problem, e.g. the bowl of the lesson.</param>
    /// <param name="start">The start of every run.</param>
    /// <param name="noisy">Run options with the gradient noise, seed and step budget.</param>
    /// <param name="seeds">Seeds per ensemble (1 to 256).</param>
    /// <param name="bestFixedRate">The best fixed rate of a sweep on the same problem (e.g. <c>FixedVersusScheduled</c>); run here with the same seeds.</param>
    public static Figure ScheduleExplorer(Surface surface, double[] start, RunOptions noisy, int seeds, double bestFixedRate)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(noisy);
        Guard.Positive(bestFixedRate);
        if (seeds is < 1 or > 256) throw new ArgumentOutOfRangeException(nameof(seeds), seeds, "seeds must be in [1, 256].");
        var bestFixed = SeedEnsemble.Run(surface, Optimizer.Sgd(bestFixedRate), start, noisy with { Label = $"best fixed η = {F(bestFixedRate)}" }, seeds);
        int steps = noisy.Steps;
        var kinds = new Parameter<string>("schedule", ScheduleKinds, buttons: true, start: 3);
        var peaks = new Parameter<double>("η₀", SchedulePeaks, p => F(p), start: 3);
        double[] t = Enumerable.Range(0, steps).Select(i => (double)i).ToArray();
        double[] tLoss = Enumerable.Range(0, steps + 1).Select(i => (double)i).ToArray();
        var best = new Series($"{bestFixed.Label}: mean final loss {F(bestFixed.MeanFinalLoss)}", tLoss, bestFixed.MeanLosses.ToArray());
        return Explorable.Of(kinds, peaks, (kind, lr0) =>
        {
            var (schedule, name) = MakeSchedule(kind, lr0, steps);
            var ensemble = SeedEnsemble.Run(surface, Optimizer.Sgd(schedule), start, noisy with { Label = name }, seeds);
            string label = $"{name}: mean final loss {F(ensemble.MeanFinalLoss)}";
            var rate = Plots.Lines("Learning rate per step", "step", "learning rate η_t",
                [new Series(label, t, schedule.Preview(steps).ToArray())]);
            var loss = Plots.Lines($"Mean loss over {seeds} seeds", "step", "mean loss f(x_t)",
                [new Series(label, tLoss, ensemble.MeanLosses.ToArray()), best], logY: true);
            return SideBySide.Of(rate, loss, $"Schedule explorer: choose a schedule and its peak rate η₀ (mean loss over {seeds} seeds)");
        });
    }

    /// <summary>A schedule of the explorer and its name in words.</summary>
    internal static (Schedule Schedule, string Name) MakeSchedule(string kind, double lr0, int steps) => kind switch
    {
        "constant" => (Schedule.Constant(lr0), $"constant, η = {F(lr0)}"),
        "step" => (Schedule.Step(lr0, Math.Max(1, steps / 3), 0.1), $"step decay, η₀ = {F(lr0)}, ×0.1 every {Math.Max(1, steps / 3)} steps"),
        "exponential" => (Schedule.Exponential(lr0, Math.Pow(0.01, 1.0 / steps)), $"exponential, η₀ = {F(lr0)}, ÷100 over {steps} steps"),
        "cosine" => (Schedule.Cosine(lr0, steps), $"cosine, η₀ = {F(lr0)}, {steps} steps"),
        "warm-up + cosine" => (Schedule.Sequence(
            [Schedule.Linear(lr0, startFactor: 0.02, endFactor: 1, totalSteps: steps / 10), Schedule.Cosine(lr0, steps - steps / 10)],
            [steps / 10]), $"warm-up {steps / 10} steps, then cosine, η₀ = {F(lr0)}"),
        "one-cycle" => (Schedule.OneCycle(lr0, steps), $"one-cycle, η_max = {F(lr0)}, {steps} steps"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"The explorer knows {string.Join(", ", ScheduleKinds)}."),
    };
}
