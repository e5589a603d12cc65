using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 00 · Start here: one gradient step on the parabola f(x) = x²/2.</summary>
    public static class StartHere
    {
        private static double StepFrom2(double learningRate, int step = 1) =>
            Descent.Run(Surface.Parabola(1), Optimizer.Sgd(learningRate), [2.0], steps: step).Points[step][0];

        /// <summary>E1: x₁ from x₀ = 2 with η = 0.5 on the parabola L = 1.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (x₁ for η = 0.5)", ExerciseKind.Compute,
            _ => StepFrom2(0.5),
            hint: "x₁ = x₀ − η·f′(x₀), and f′(x) = L·x with L = 1.",
            explanation: _ => $"The slope at 2 is 2, half of it is 1, so x₁ = 2 − 1 = {Numbers.Format(StepFrom2(0.5))}.",
            relativeTolerance: 1e-3, absoluteTolerance: 1e-9);

        /// <summary>E2: the rate that lands on the minimum in one step, 1/L.</summary>
        public static NumberQuestion<NoContext> E2 { get; } = new("E2 (one-step learning rate)", ExerciseKind.Compute,
            _ => 1 / Surface.Parabola(1).LargestEigenvalue,
            hint: "You need 1 − η·L = 0.",
            explanation: _ => "η = 1/L: the step η·f′(x) = x lands exactly on 0. Notebook 01 shows what happens beyond it.",
            relativeTolerance: 1e-3);

        /// <summary>E3 (read the table): the first step t at which the warm-up run has |x_t| &lt; 0.5.</summary>
        public static NumberQuestion<Trajectory> E3 { get; } = new("E3 (first step with |x| < 0.5)", ExerciseKind.ReadTheChart,
            run => FirstBelow(run, 0.5),
            hint: "Read the column x_t of the table above, from the top: the first row whose x_t is below 0.5 in size.",
            explanation: run => $"x_t = {Numbers.Format(run.Points[FirstBelow(run, 0.5)][0])} there: every step multiplies x by "
                + $"1 − η·L = {Numbers.Format(1 - run.LearningRates[0])}.",
            absoluteTolerance: 0);

        /// <summary>E4 (predict, then run): x₁ from x₀ = 2 with η = 1.5, recorded before the run cell.</summary>
        public static NumberQuestion<Trajectory> E4 { get; } = new("E4 (your prediction of x₁ for η = 1.5)", ExerciseKind.PredictThenRun,
            run => run.Points[1][0],
            hint: "Use the same rule as in E1: x₁ = x₀ − η·f′(x₀). The sign of x₁ matters.",
            explanation: run => $"The run went from 2 to {Numbers.Format(run.Points[1][0])}: the step 1.5·2 = 3 is longer than the "
                + "distance to the minimum, so the iterate jumps over it and lands on the other side.",
            relativeTolerance: 1e-3, absoluteTolerance: 1e-9);

        /// <summary>E5 (implement it): one gradient-descent step (x, gradient, η) → next x.</summary>
        public static ImplementQuestion<Func<double, double, double, double>, (double X, double G, double Lr)> E5 { get; } = new(
            "E5 (a gradient-descent step)",
            hint: "Step against the gradient: the new x is the old x minus η times the gradient.",
            draw: r => (Draw.Round3(r.Uniform(-5, 5)), Draw.Round3(r.Uniform(-10, 10)), Draw.Round3(r.LogUniform(1e-3, 1))),
            describe: c => $"x = {Numbers.Format(c.X, 4)}, gradient = {Numbers.Format(c.G, 4)}, η = {Numbers.Format(c.Lr, 4)}",
            library: c => LibrarySteps.Parameters(Optimizer.Sgd(c.Lr), c.X, [c.G]),
            apply: (f, c) => [f(c.X, c.G, c.Lr)],
            solution: (x, gradient, learningRate) => x - learningRate * gradient,
            solutionText: "(x, gradient, learningRate) => x - learningRate * gradient",
            explanation: "That is Optimizer.Sgd: PyTorch's torch.optim.SGD without momentum does exactly this to every parameter.");

        /// <summary>E6: what sets a step's direction and what its length (correct: a, the gradient; η scales it).</summary>
        public static ChoiceQuestion<NoContext> E6 { get; } = new("E6 (direction and length of a step)", ExerciseKind.Choice, options: 4,
            _ => 'a',
            hint: "Write the step x₁ − x₀ = −η·f′(x₀) and ask which factor can change its sign and which only its size.",
            explanation: _ => "η > 0 only scales the step; the sign of the gradient decides where it goes. Too large an η makes the step "
                + "longer than the way to the minimum, which is why x₁ changed sign in E4.");

        private static int FirstBelow(Trajectory run, double size)
        {
            for (int t = 0; t < run.Points.Count; t++)
                if (Math.Abs(run.Points[t][0]) < size) return t;
            throw new ArgumentException($"|x| never falls below {size} in this run's {run.StepsTaken} steps", nameof(run));
        }
    }
}
