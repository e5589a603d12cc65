using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 05 · Adaptive optimizers: momentum, AdaGrad, RMSProp, Adam.</summary>
    public static class AdaptiveOptimizers
    {
        /// <summary>E1: AdaGrad's effective step size after four gradients of 2 with η = 0.1.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (AdaGrad after four gradients of 2)", ExerciseKind.Compute,
            _ => AdagradStepAfterFourTwos,
            hint: "G is the sum of the squared gradients so far; the effective step is η / √G.",
            explanation: _ => $"G = 4 · 2² = 16, so 0.1 / √16 = {Numbers.Format(AdagradStepAfterFourTwos)}.",
            relativeTolerance: 1e-3);

        /// <summary>E2: the optimizer that gives every coordinate the same step size (correct: d, SGD with momentum).</summary>
        public static ChoiceQuestion<NoContext> E2 { get; } = new("E2 (one step size for all)", ExerciseKind.Choice, options: 4,
            _ => 'd',
            hint: "Which update divides by something computed per coordinate, and which only multiplies by η?",
            explanation: _ => "Momentum averages the gradients, but multiplies every coordinate by the same η.");

        /// <summary>E3 (challenge): a learning rate for which Adam takes Rosenbrock from the start to f ≤ 1e-4 in 1000 steps.</summary>
        public static OpenQuestion<double?, (Surface Surface, double[] Start)> E3 { get; } = new("E3 (Adam on Rosenbrock)",
            (lr, c) => lr > 0 && Descent.Run(c.Surface, Optimizer.Adam(lr!.Value), c.Start, new RunOptions { Steps = 1000, Tolerance = 1e-4 }).Status.Converged,
            _ => 0.1,
            hint: "Adam's steps are roughly η long, and the valley from (−1.5, 2) to (1, 1) is a few units long: how long must 1000 steps be?",
            solutionText: "Any η from about 0.06 to 4 works (for example 0.1 or 1): almost two decades. Plain SGD gets there only in a sliver "
                + "just below 0.002 (0.00195 works, 0.0019 and 0.002 do not), right next to the rates where it diverges.",
            explanation: "Try plain SGD with a few rates, too: its window is a sliver next to divergence.");

        /// <summary>E4 (implement it): one heavy-ball momentum step (p, g, buffer, η, μ) → (p, buffer), PyTorch's form.</summary>
        public static ImplementQuestion<Func<double, double, double, double, double, (double P, double Buffer)>, MomentumCase> E4 { get; } = new(
            "E4 (a momentum step)",
            hint: "First the buffer: b ← μ·b + g (it starts at 0). Then the parameter: p ← p − η·b. Return both.",
            draw: r => new MomentumCase(Draw.Round3(r.Uniform(-3, 3)), Draw.Round3(r.LogUniform(1e-3, 0.5)), Draw.Round3(r.Uniform(0.1, 0.99)),
                Enumerable.Range(0, 5).Select(_ => Draw.Round3(r.Uniform(-4, 4))).ToArray()),
            describe: c => $"p₀ = {Numbers.Format(c.Start, 4)}, η = {Numbers.Format(c.Lr, 4)}, μ = {Numbers.Format(c.Momentum, 4)}, "
                + $"gradients {Numbers.List(c.Gradients, 4)} (the parameter after each step is compared)",
            library: c => LibrarySteps.Parameters(Optimizer.Sgd(c.Lr, momentum: c.Momentum), c.Start, c.Gradients),
            apply: (f, c) =>
            {
                double p = c.Start, buffer = 0;
                return c.Gradients.Select(g => { (p, buffer) = f(p, g, buffer, c.Lr, c.Momentum); return p; }).ToArray();
            },
            solution: (p, g, buffer, lr, momentum) => (p - lr * (momentum * buffer + g), momentum * buffer + g),
            solutionText: "(p, g, buffer, lr, momentum) => (p - lr * (momentum * buffer + g), momentum * buffer + g)",
            explanation: "That is torch.optim.SGD(momentum=μ): the buffer accumulates consistent gradients, one η for every coordinate.");

        /// <summary>E5 (implement it): one Adam step (p, g, m, v, t, η) → (p, m, v) with β₁ = 0.9, β₂ = 0.999, ε = 1e-8.</summary>
        public static ImplementQuestion<Func<double, double, double, double, int, double, (double P, double M, double V)>, MomentumCase> E5 { get; } = new(
            "E5 (an Adam step)",
            hint: "m ← 0.9m + 0.1g; v ← 0.999v + 0.001g²; p ← p − η·(m/(1 − 0.9^t)) / (√(v/(1 − 0.999^t)) + 1e-8), with t = 1 at the first step.",
            draw: r => new MomentumCase(Draw.Round3(r.Uniform(-3, 3)), Draw.Round3(r.LogUniform(1e-3, 0.5)), 0,
                Enumerable.Range(0, 5).Select(_ => Draw.Round3(r.Uniform(-4, 4))).ToArray()),
            describe: c => $"p₀ = {Numbers.Format(c.Start, 4)}, η = {Numbers.Format(c.Lr, 4)}, gradients {Numbers.List(c.Gradients, 4)} "
                + "(the parameter after each step is compared)",
            library: c => LibrarySteps.Parameters(Optimizer.Adam(c.Lr), c.Start, c.Gradients),
            apply: (f, c) =>
            {
                double p = c.Start, m = 0, v = 0;
                return c.Gradients.Select((g, i) => { (p, m, v) = f(p, g, m, v, i + 1, c.Lr); return p; }).ToArray();
            },
            solution: (p, g, m, v, t, lr) =>
            {
                double m1 = 0.9 * m + 0.1 * g, v1 = 0.999 * v + 0.001 * g * g;
                double mHat = m1 / (1 - Math.Pow(0.9, t)), vHat = v1 / (1 - Math.Pow(0.999, t));
                return (p - lr * mHat / (Math.Sqrt(vHat) + 1e-8), m1, v1);
            },
            solutionText: "(p, g, m, v, t, lr) => { double m1 = 0.9 * m + 0.1 * g, v1 = 0.999 * v + 0.001 * g * g; "
                + "double mHat = m1 / (1 - Math.Pow(0.9, t)), vHat = v1 / (1 - Math.Pow(0.999, t)); "
                + "return (p - lr * mHat / (Math.Sqrt(vHat) + 1e-8), m1, v1); }",
            explanation: "The bias corrections make the first steps about η long whatever the gradient's size.",
            relativeTolerance: 1e-7);

        /// <summary>E6 (read the chart): the largest learning rate at which SGD still reached the tolerance in the sweep.</summary>
        public static NumberQuestion<LearningRateSweep> E6 { get; } = new("E6 (SGD's largest usable rate)", ExerciseKind.ReadTheChart,
            sweep => LearningRateWindow.Of("SGD", sweep).Highest ?? throw new ArgumentException("no rate of this sweep reached the tolerance", nameof(sweep)),
            hint: "Follow the SGD line of the sweep chart to its right end, where it stops before the gap.",
            explanation: sweep => $"η = {Numbers.Format(LearningRateWindow.Of("SGD", sweep).Highest!.Value)}; the next rate of the grid is past 2/L, "
                + "the marker on the chart.",
            decades: 0.1);

        /// <summary>E7 (predict, then run): x after Adam's first step from (−2.5, 1.5) with η = 0.1.</summary>
        public static NumberQuestion<Trajectory> E7 { get; } = new("E7 (your prediction of Adam's first x)", ExerciseKind.PredictThenRun,
            run => run.Points[1][0],
            hint: "At t = 1 the bias-corrected m̂ = g and v̂ = g², so the step is η·g/|g| per coordinate, whatever the size of g.",
            explanation: run => $"The run moved x from {Numbers.Format(run.Points[0][0])} to {Numbers.Format(run.Points[1][0])}: "
                + "Adam's first step has length η in every coordinate, steep or gentle.",
            relativeTolerance: 1e-3);

        private static double AdagradStepAfterFourTwos
        {
            get
            {
                var adagrad = Optimizer.Adagrad(0.1, eps: 0);
                var state = adagrad.CreateState(1);
                double[] p = [0.0], step = [0.0];
                for (int t = 0; t < 4; t++) adagrad.Step(p, [2.0], state);
                adagrad.EffectiveStepSize(state, step);
                return step[0];
            }
        }
    }

    /// <summary>A random test of a momentum or Adam step: start, rate, momentum and a sequence of gradients.</summary>
    public sealed record MomentumCase(double Start, double Lr, double Momentum, double[] Gradients);
}
