using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 01 · What the learning rate does: the factor 1 − ηL and the limit 2/L.</summary>
    public static class WhatTheLearningRateDoes
    {
        private static readonly RunOptions ToOneHundredth = new() { Steps = 1000, Tolerance = 5e-5, StopAtConvergence = true };

        private static int StepsToOneHundredth(double learningRate) =>
            Descent.Run(Surface.Parabola(1), Optimizer.Sgd(learningRate), [2.0], ToOneHundredth).Status.Step;

        /// <summary>E1: the stability limit of f(x) = 3x², that is L = 6.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (stability limit of 3x²)", ExerciseKind.Compute,
            _ => Surface.Parabola(6).StabilityLimit,
            hint: "Write 3x² as (L/2)x² to find L; the limit is 2/L.",
            explanation: _ => $"L = 6, so 2/L = {Numbers.Format(Surface.Parabola(6).StabilityLimit)}; any η below it converges.",
            relativeTolerance: 0.01);

        /// <summary>E2: steps until |x_t| ≤ 0.01 from x₀ = 2 with η = 0.1.</summary>
        public static NumberQuestion<NoContext> E2 { get; } = new("E2 (steps to |x| ≤ 0.01)", ExerciseKind.Compute,
            _ => StepsToOneHundredth(0.1),
            hint: "Solve 2 · 0.9^t ≤ 0.01 for t: take logarithms, then round up to a whole step.",
            explanation: _ => $"ln(0.005)/ln(0.9) = {Numbers.Format(Math.Log(0.005) / Math.Log(0.9))}, "
                + $"so {StepsToOneHundredth(0.1)} steps, as the run confirms.");

        /// <summary>E3: what η = 1.5/L does (correct: a, it jumps across the minimum and converges).</summary>
        public static ChoiceQuestion<NoContext> E3 { get; } = new("E3 (η = 1.5/L)", ExerciseKind.Choice, options: 4,
            _ => 'a',
            hint: "Compute r = 1 − ηL and look up its range in the case table of section 3.",
            explanation: _ => "r = 1 − 1.5 = −0.5: the sign flips every step and |x| halves.");

        /// <summary>E4 (predict, then run): the steps η = 1.9 needs to the same tolerance as E2.</summary>
        public static NumberQuestion<Trajectory> E4 { get; } = new("E4 (your prediction of the steps for η = 1.9)", ExerciseKind.PredictThenRun,
            run => run.Status.Converged ? run.Status.Step : throw new ArgumentException($"the run did not converge ({run.Status})", nameof(run)),
            hint: "Compare |1 − ηL| for η = 1.9 with its value for η = 0.1 in E2.",
            explanation: run => $"The run took {run.Status.Step} steps. |1 − 1.9| = |1 − 0.1| = 0.9: the error shrinks by the same "
                + "factor, only its sign flips at every step.",
            relativeTolerance: 0.1);

        /// <summary>E5 (read the chart): the first step at which η = 0.35 brings the loss below 1e-10.</summary>
        public static NumberQuestion<Trajectory> E5 { get; } = new("E5 (first step with loss < 1e-10)", ExerciseKind.ReadTheChart,
            run => FirstLossBelow(run, 1e-10),
            hint: "Follow the line of η = 0.35 on the chart of section 2 down to the grid line 1e-10 and read the step below it.",
            explanation: run => $"The loss is {Numbers.Format(run.Losses[FirstLossBelow(run, 1e-10)])} at that step: it is multiplied by "
                + $"(1 − ηL)² = {Numbers.Format(Math.Pow(1 - run.LearningRates[0], 2))} per step.",
            absoluteTolerance: 2);

        /// <summary>E6 (implement it): the closed form x_t = (1 − ηL)^t·x₀ of gradient descent on a parabola.</summary>
        public static ImplementQuestion<Func<double, double, double, int, double>, (double Lr, double L, double X0, int T)> E6 { get; } = new(
            "E6 (x_t in closed form)",
            hint: "Each step multiplies x by the same factor r = 1 − ηL, so after t steps x_t = r^t · x₀ (Math.Pow).",
            draw: r =>
            {
                double curvature = Draw.Round3(r.Uniform(0.5, 5));
                return (Draw.Round3(r.Uniform(0.05, 1.95) / curvature), curvature, Draw.Round3(r.Uniform(-3, 3)), r.Next(0, 31));
            },
            describe: c => $"η = {Numbers.Format(c.Lr, 4)}, L = {Numbers.Format(c.L, 4)}, x₀ = {Numbers.Format(c.X0, 4)}, t = {c.T}",
            library: c => [Descent.Run(Surface.Parabola(c.L), Optimizer.Sgd(c.Lr), [c.X0], steps: c.T).Points[c.T][0]],
            apply: (f, c) => [f(c.Lr, c.L, c.X0, c.T)],
            solution: (learningRate, curvature, x0, t) => Math.Pow(1 - learningRate * curvature, t) * x0,
            solutionText: "(learningRate, curvature, x0, t) => Math.Pow(1 - learningRate * curvature, t) * x0",
            explanation: "The whole run in one formula: it converges exactly when |1 − ηL| < 1, that is 0 < η < 2/L.",
            relativeTolerance: 1e-8);

        private static int FirstLossBelow(Trajectory run, double level)
        {
            for (int t = 0; t < run.Losses.Count; t++)
                if (run.Losses[t] < level) return t;
            throw new ArgumentException($"the loss never falls below {level} in this run's {run.StepsTaken} steps", nameof(run));
        }
    }
}
