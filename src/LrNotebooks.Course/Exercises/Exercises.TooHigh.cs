using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 02 · Too high: the zig-zag, divergence and the limit 2/λ_max.</summary>
    public static class TooHigh
    {
        private static double TiltedLimit => Curvature.StabilityLimit(Surface.Quadratic(0.5, 3, angle: 0.6), 0, 0);

        private static double[] BowlEigenvalues => Curvature.Eigenvalues(Surface.Quadratic(0.1, 2), 0, 0);

        /// <summary>E1: the stability limit of the tilted bowl 0.5u² + 3v² turned by 0.6 rad.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (limit of the tilted bowl)", ExerciseKind.Compute,
            _ => TiltedLimit,
            hint: "Curvature.Eigenvalues(tilted, 0, 0) gives λ_min and λ_max, and a rotation does not change them. The limit is 2/λ_max.",
            explanation: _ => $"The Hessian has eigenvalues {Numbers.List(Curvature.Eigenvalues(Surface.Quadratic(0.5, 3, angle: 0.6), 0, 0))} "
                + $"at any angle, so 2/λ_max = {Numbers.Format(TiltedLimit)}.",
            relativeTolerance: 0.01);

        /// <summary>E2: which coordinate zig-zags at η = 0.3 (correct: d, only y).</summary>
        public static ChoiceQuestion<NoContext> E2 { get; } = new("E2 (who zig-zags at η = 0.3)", ExerciseKind.Choice, options: 4,
            _ => 'd',
            hint: "A coordinate flips sign when its factor 1 − ηλ is negative. Compute it for λ = 0.2 and for λ = 4.",
            explanation: _ => $"1 − 0.3·0.2 = {Numbers.Format(1 - 0.3 * 0.2)} > 0 for x, 1 − 0.3·4 = {Numbers.Format(1 - 0.3 * 4)} < 0 for y.");

        /// <summary>E3: the growth factor |1 − 0.6·4| of the y error at η = 0.6.</summary>
        public static NumberQuestion<NoContext> E3 { get; } = new("E3 (growth factor at η = 0.6)", ExerciseKind.Compute,
            _ => Curvature.ContractionFactors(BowlEigenvalues, 0.6)[1],
            hint: "The y error is multiplied by 1 − ηλ_y with λ_y = 4; its size by |1 − ηλ_y|.",
            explanation: _ => $"|1 − 0.6·4| = {Numbers.Format(Curvature.ContractionFactors(BowlEigenvalues, 0.6)[1])}: "
                + "further away at every step.",
            relativeTolerance: 0.01);

        /// <summary>E4 (read the table): the step at which the η = 0.8 run of section 3 diverged.</summary>
        public static NumberQuestion<Trajectory> E4 { get; } = new("E4 (step of the divergence at η = 0.8)", ExerciseKind.ReadTheChart,
            run => run.Status.Diverged ? run.Status.Step : throw new ArgumentException($"this run did not diverge ({run.Status})", nameof(run)),
            hint: "The status column of the table in section 3 names the step; the loss chart ends there.",
            explanation: run => $"The y error grows by |1 − 4·{Numbers.Format(run.LearningRates[0])}| = "
                + $"{Numbers.Format(Math.Abs(1 - 4 * run.LearningRates[0]))} per step until the runner stops the run.");

        /// <summary>E5 (predict, then run): what η = 0.5, exactly 2/λ_max, does in 150 steps.</summary>
        public static ChoiceQuestion<Trajectory> E5 { get; } = new("E5 (your prediction for η = 2/λ_max)", ExerciseKind.PredictThenRun, options: 3,
            run => run.Status.Outcome switch { RunOutcome.Diverged => 'a', RunOutcome.Converged => 'b', _ => 'c' },
            hint: "Compute the y factor 1 − ηλ_y at η = 0.5: what does multiplying by it 150 times do?",
            explanation: run => $"The run: {run.Status}. The y factor is exactly −1, so y bounces between ±{Numbers.Format(Math.Abs(run.FinalPoint[1]))} "
                + "forever: the edge itself neither converges nor diverges.");

        /// <summary>E6 (implement it): the stability limit 2/λ_max of a 2×2 Hessian.</summary>
        public static ImplementQuestion<Func<double[,], double>, (double A, double B, double Angle)> E6 { get; } = new(
            "E6 (the limit from a Hessian)",
            hint: "For a symmetric [[a, b], [b, d]] the eigenvalues are (a + d)/2 ± √(((a − d)/2)² + b²); the limit is 2/λ_max.",
            draw: r => (Draw.Round3(r.Uniform(0.1, 5)), Draw.Round3(r.Uniform(0.1, 5)), Draw.Round3(r.Uniform(0, Math.PI))),
            describe: c => $"the Hessian of Surface.Quadratic({Numbers.Format(c.A, 4)}, {Numbers.Format(c.B, 4)}, angle: {Numbers.Format(c.Angle, 4)}) = "
                + HessianText(c),
            library: c => [Curvature.StabilityLimit(Surface.Quadratic(c.A, c.B, c.Angle), 0, 0)],
            apply: (f, c) => [f(Hessian(c))],
            solution: h => 2 / ((h[0, 0] + h[1, 1]) / 2 + Math.Sqrt(Math.Pow((h[0, 0] - h[1, 1]) / 2, 2) + h[0, 1] * h[0, 1])),
            solutionText: "h => 2 / ((h[0, 0] + h[1, 1]) / 2 + Math.Sqrt(Math.Pow((h[0, 0] - h[1, 1]) / 2, 2) + h[0, 1] * h[0, 1]))",
            explanation: "Only λ_max matters: the steepest direction is the first to reach |1 − ηλ| = 1 as η grows.",
            relativeTolerance: 1e-8);

        private static double[,] Hessian((double A, double B, double Angle) c) =>
            Surface.Quadratic(c.A, c.B, c.Angle).Hessian([0.0, 0.0]).ToArray();

        private static string HessianText((double A, double B, double Angle) c)
        {
            double[,] h = Hessian(c);
            return $"[[{Numbers.Format(h[0, 0], 6)}, {Numbers.Format(h[0, 1], 6)}], [{Numbers.Format(h[1, 0], 6)}, {Numbers.Format(h[1, 1], 6)}]]";
        }
    }
}
