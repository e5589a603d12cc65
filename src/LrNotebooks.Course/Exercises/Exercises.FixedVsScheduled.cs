using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 04 · Fixed vs scheduled: noise floors and decay schedules.</summary>
    public static class FixedVsScheduled
    {
        /// <summary>E1: the rate of Schedule.Step(0.5, stepSize: 100, gamma: 0.1) at t = 250.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (step decay at t = 250)", ExerciseKind.Compute,
            _ => Schedule.Step(0.5, 100, 0.1).At(250),
            hint: "Count the drops: ⌊250 / 100⌋ of them, each a factor 0.1.",
            explanation: _ => $"⌊250/100⌋ = 2 drops, so 0.5 · 0.1² = {Numbers.Format(Schedule.Step(0.5, 100, 0.1).At(250))}.",
            relativeTolerance: 1e-6);

        /// <summary>E2: the per-step γ of exponential decay that loses a factor 10 every 100 steps.</summary>
        public static NumberQuestion<NoContext> E2 { get; } = new("E2 (exponential γ for ÷10 per 100 steps)", ExerciseKind.Compute,
            _ => TenfoldPerHundred,
            hint: "You need γ^100 = 0.1. Take the 100th root.",
            explanation: _ => $"γ = 0.1^(1/100) = 10^(−0.01) = {Numbers.Format(TenfoldPerHundred, 6)}; "
                + $"Schedule.Exponential(1, γ).At(100) = {Numbers.Format(Schedule.Exponential(1, TenfoldPerHundred).At(100), 6)}.",
            relativeTolerance: 1e-4);

        /// <summary>E3 (challenge): a schedule whose mean final loss beats the best fixed rate of the sweep.</summary>
        public static OpenQuestion<Schedule?, (Surface Surface, double[] Start, RunOptions Options, int Seeds, FixedVersusScheduled Comparison)> E3 { get; } = new(
            "E3 (beat the best fixed rate)",
            (s, c) => SeedEnsemble.Run(c.Surface, Optimizer.Sgd(s!), c.Start, c.Options, c.Seeds).MeanFinalLoss < c.Comparison.BestFixedLoss,
            _ => Schedule.Exponential(0.5, 0.985),
            hint: "Start high (around 0.5) to arrive fast, and end one to two orders of magnitude lower so the iterate can settle. "
                + "The table under the sweep gives the loss to beat.",
            solutionText: "For example Schedule.Exponential(0.5, 0.985) or Schedule.InverseTime(0.5, 0.5); both end well below the best fixed rate.",
            explanation: "Arrive with a large rate, settle with a small one: no fixed rate can do both.");

        /// <summary>E4 (implement it): cosine annealing (lr, tMax, t) → η_t, like Schedule.Cosine.</summary>
        public static ImplementQuestion<Func<double, int, int, double>, (double Lr, int TMax, int T)> E4 { get; } = new(
            "E4 (cosine annealing)",
            hint: "η_t = lr · (1 + cos(π·t/tMax)) / 2: lr at t = 0, lr/2 halfway, 0 at t = tMax.",
            draw: r =>
            {
                int tMax = r.Next(1, 500);
                return (Draw.Round3(r.LogUniform(1e-4, 1)), tMax, r.Next(0, tMax + 1));
            },
            describe: c => $"lr = {Numbers.Format(c.Lr, 4)}, tMax = {c.TMax}, t = {c.T}",
            library: c => [Schedule.Cosine(c.Lr, c.TMax).At(c.T)],
            apply: (f, c) => [f(c.Lr, c.TMax, c.T)],
            solution: (lr, tMax, t) => lr * (1 + Math.Cos(Math.PI * t / tMax)) / 2,
            solutionText: "(lr, tMax, t) => lr * (1 + Math.Cos(Math.PI * t / tMax)) / 2",
            explanation: "That is PyTorch's CosineAnnealingLR with eta_min = 0: slow at both ends, fastest in the middle.",
            relativeTolerance: 1e-9);

        /// <summary>E5 (read the chart): the fixed rate with the lowest mean final loss in the sweep.</summary>
        public static NumberQuestion<FixedVersusScheduled> E5 { get; } = new("E5 (best fixed rate of the sweep)", ExerciseKind.ReadTheChart,
            comparison => comparison.BestFixedLearningRate,
            hint: "Find the lowest point of the fixed-rate curve and read its learning rate on the (logarithmic) x axis.",
            explanation: comparison => $"η = {Numbers.Format(comparison.BestFixedLearningRate)} ends at a mean loss of "
                + $"{Numbers.Format(comparison.BestFixedLoss)}; the decaying schedule at {Numbers.Format(comparison.Scheduled.MeanFinalLoss)}.",
            decades: 0.1);

        /// <summary>E6 (predict, then run): the noise floor of η = 0.05, recorded before the run.</summary>
        public static NumberQuestion<SeedEnsemble> E6 { get; } = new("E6 (your prediction of the floor at η = 0.05)", ExerciseKind.PredictThenRun,
            run => run.MeanLoss(100, run.MeanLosses.Count),
            hint: "Add ησ²/(2(2 − ηλ)) over the two curvatures λ = 1 and 2, with σ = 0.5.",
            explanation: run => $"The run's mean loss over steps 100–{run.MeanLosses.Count - 1} was {Numbers.Format(run.MeanLoss(100, run.MeanLosses.Count))}: "
                + "a ten times smaller rate than 0.5, a floor about ten times lower.",
            relativeTolerance: 0.2);

        /// <summary>E7: when an optimal fixed rate exists (correct: b, in closed form only without noise).</summary>
        public static ChoiceQuestion<NoContext> E7 { get; } = new("E7 (is there an optimal fixed rate?)", ExerciseKind.Choice, options: 4,
            _ => 'b',
            hint: "Section 10 asked the question three times: on the noise-free bowl, on the bowl at two noise levels "
                + "for every budget from 10 to 300 steps, and with a narrow well.",
            explanation: _ => "Without noise the fastest fixed rate on a quadratic is 2/(λ_min + λ_max), the best of a fine sweep; with noise "
                + "the best fixed rate moves with the budget and the noise level, and a decaying schedule can beat every fixed rate.");

        private static double TenfoldPerHundred => Math.Pow(0.1, 1.0 / 100);
    }
}
