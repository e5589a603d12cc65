using LrNotebooks.Core;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 08 · The learning rate in practice: batch size, noise floor, warm-up, WSD, schedule-free.</summary>
    public static class TheLearningRateInPractice
    {
        private static LinearScalingSettings Scaling { get; } = new();

        private static double ScaledRate => Scaling.BaseRate * 256 / Scaling.BaseBatch;

        /// <summary>E1: the rate the linear scaling rule gives batch size 256, from η = 0.05 at batch size 32.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (linear scaling to B = 256)", ExerciseKind.Compute,
            _ => ScaledRate,
            hint: "The batch grows by a factor k = 256 / 32; by the rule the rate grows by the same factor.",
            explanation: _ => $"k = {256 / Scaling.BaseBatch}, so η = {256 / Scaling.BaseBatch} · {Numbers.Format(Scaling.BaseRate)} = "
                + $"{Numbers.Format(ScaledRate)}: the rate section 1.3 used at B = 256, and η/B, which sets the noise floor, is unchanged.",
            relativeTolerance: 1e-6);

        /// <summary>E2: the first step of the cool-down of the 20-epoch WSD schedule of section 4.</summary>
        public static NumberQuestion<WarmupStableDecaySchedule> E2 { get; } = new("E2 (start of the cool-down)", ExerciseKind.Compute,
            wsd => wsd.CooldownStart,
            hint: "The budget T is the schedule's total number of steps (epochs × steps per epoch); the cool-down is its last 20%, "
                + "and the steps count from 0.",
            explanation: wsd => $"T = {wsd.TotalSteps} and the cool-down takes {wsd.CooldownSteps} steps, so it starts at step "
                + $"{wsd.TotalSteps} − {wsd.CooldownSteps} = {wsd.CooldownStart}; up to there every branch is the same run.");

        /// <summary>E3: why schedule-free SGD is evaluated at x (correct: d, the running average of the z's).</summary>
        public static ChoiceQuestion<NoContext> E3 { get; } = new("E3 (the evaluation point)", ExerciseKind.Choice, options: 4,
            _ => 'd',
            hint: "Look at the update of x in section 5: what does it compute from the z's, and what does that do to their noise?",
            explanation: _ => "x is an average of the z's with weights about 1/(t + 1): averaging removes the noise a decaying rate "
                + "would otherwise have to remove, so x is a good model at every step and no budget is needed.");

        /// <summary>E4 (read the chart): how many times larger Adam's first update per unit rate is than its 100th.</summary>
        public static NumberQuestion<IReadOnlyList<double>> E4 { get; } = new("E4 (Adam's first update against its 100th)", ExerciseKind.ReadTheChart,
            sizes => sizes.Count >= 2 && sizes[^1] > 0
                ? sizes[0] / sizes[^1]
                : throw new ArgumentException("the update sizes need at least two steps and a positive last one", nameof(sizes)),
            hint: "Read the chart's first point (step 1) and its last (step 100) on the log axis, and divide.",
            explanation: sizes => $"{Numbers.Format(sizes[0], 3)} / {Numbers.Format(sizes[^1], 3)} ≈ {Numbers.Format(sizes[0] / sizes[^1], 2)}: "
                + "Adam's first step moves every coordinate that has a gradient by about η, however small or noisy the gradient "
                + "(the weights of always-blank pixels do not move); a warm-up keeps η small exactly then.",
            decades: 0.2);

        /// <summary>E5 (implement it): warmup-stable-decay with a 1 − √u cool-down and no warm-up, like Schedule.WarmupStableDecay.</summary>
        public static ImplementQuestion<Func<double, int, int, int, double>, (double Lr, int Total, int Cooldown, int Step)> E5 { get; } = new(
            "E5 (a WSD schedule)",
            hint: "Constant lr before the cool-down start T − c; inside it, u = (t − (T − c)) / c and the rate is lr·(1 − √u); 0 from step T on.",
            draw: r =>
            {
                int total = r.Next(10, 2000), cooldown = r.Next(1, total + 1);
                return (Draw.Round3(r.LogUniform(1e-3, 1)), total, cooldown, r.Next(0, total + 10));
            },
            describe: c => $"lr = {Numbers.Format(c.Lr, 4)}, T = {c.Total}, c = {c.Cooldown}, t = {c.Step}",
            library: c => [Schedule.WarmupStableDecay(c.Lr, c.Total, c.Cooldown).At(c.Step)],
            apply: (f, c) => [f(c.Lr, c.Total, c.Cooldown, c.Step)],
            solution: (lr, total, cooldown, t) => t < total - cooldown ? lr
                : t >= total ? 0
                : lr * (1 - Math.Sqrt((double)(t - (total - cooldown)) / cooldown)),
            solutionText: "(lr, total, cooldown, t) => t < total - cooldown ? lr : t >= total ? 0 "
                + ": lr * (1 - Math.Sqrt((double)(t - (total - cooldown)) / cooldown))",
            explanation: "Nothing before T − c depends on T or c: that is why one constant run can be branched into a model for any budget.");

        /// <summary>
        /// E6 (predict, then run): the noise floor at the same η = 0.02 with a batch of 4 instead of 1: the same (a), four
        /// times higher (b), a quarter (c), or diverged (d), whichever the two ensembles' ratio is nearest to.
        /// </summary>
        public static ChoiceQuestion<(SeedEnsemble BatchOf1, SeedEnsemble BatchOf4)> E6 { get; } = new("E6 (your prediction of the floor at B = 4)",
            ExerciseKind.PredictThenRun, options: 4,
            runs => runs.BatchOf4.Diverged > 0 ? 'd' : Math.Log(FloorRatio(runs)) switch { > 0.693 => 'b', < -0.693 => 'c', _ => 'a' },
            hint: "A batch of B averages B per-example noises of size σ, so its noise is σ/√B; the floor is about ησ²/(4B) per direction.",
            explanation: runs => $"The floor went from {Numbers.Format(Floor(runs.BatchOf1), 3)} to {Numbers.Format(Floor(runs.BatchOf4), 3)}, "
                + $"a factor {Numbers.Format(FloorRatio(runs), 2)}: at a fixed rate, four times the batch gives a quarter of the floor. "
                + "The floor follows η/B, so halving η or doubling B buy the same.");

        private static double Floor(SeedEnsemble runs)
        {
            int count = runs.MeanLosses.Count;
            return runs.MeanLoss(count / 2, count);
        }

        private static double FloorRatio((SeedEnsemble BatchOf1, SeedEnsemble BatchOf4) runs) => Floor(runs.BatchOf4) / Floor(runs.BatchOf1);
    }
}
