using LrNotebooks.Core;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 09 · The edge of stability: sharpness, progressive sharpening, 2/η.</summary>
    public static class EdgeOfStability
    {
        /// <summary>E1: the sharpness full-batch gradient descent hovers around at η = 0.25.</summary>
        public static NumberQuestion<NoContext> E1 { get; } = new("E1 (the edge at η = 0.25)", ExerciseKind.Compute,
            _ => 2 / 0.25,
            hint: "On a quadratic, gradient descent is stable while λ_max < 2/η; the network's sharpness settles at that edge.",
            explanation: _ => $"2/η = 2/0.25 = {Numbers.Format(2 / 0.25)}: the sharpness of the η = 0.25 run climbs to it and hovers there.",
            relativeTolerance: 0.05);

        /// <summary>E2: why the loss goes up at some steps and still falls (correct: c, self-stabilisation).</summary>
        public static ChoiceQuestion<NoContext> E2 { get; } = new("E2 (why the loss goes up and still falls)", ExerciseKind.Choice, options: 4,
            _ => 'c',
            hint: "Full-batch descent uses no shuffling and no schedule here; compare the two charts of section 2 step by step.",
            explanation: _ => "Above 2/η the steepest direction is unstable for a few steps and the loss rises; moving along it lowers "
                + "the curvature there (self-stabilisation), the sharpness drops back to about 2/η, and descent continues.");

        /// <summary>E3 (read the chart): the first measured step at which the sharpness of the η = 0.2 run reached 2/η.</summary>
        public static NumberQuestion<EdgeOfStabilityRun> E3 { get; } = new("E3 (when η = 0.2 reaches the edge)", ExerciseKind.ReadTheChart,
            run => FirstAtEdge(run)?.Step
                ?? throw new ArgumentException($"the sharpness of this run never reached 2/η = {Numbers.Format(run.Limit)}", nameof(run)),
            hint: "Follow the η = 0.2 sharpness curve from step 0 to the first point on or above its flat 2/η line; points are 10 steps apart.",
            explanation: run => $"The sharpness went from {Numbers.Format(run.StartSharpness)} at step 0 to {Numbers.Format(FirstAtEdge(run)!.Value)} "
                + $"at step {FirstAtEdge(run)!.Step}, past 2/η = {Numbers.Format(run.Limit)}: progressive sharpening, which the quadratic "
                + "picture (a fixed curvature) does not have.",
            absoluteTolerance: 10);

        /// <summary>E4 (implement it): power iteration, the largest eigenvalue from matrix-vector products alone.</summary>
        public static ImplementQuestion<Func<Func<double[], double[]>, int, double>, SymmetricCase> E4 { get; } = new(
            "E4 (power iteration)",
            hint: "Start from any vector v of length n (all ones will do); repeat w = product(v), v = w / ‖w‖ a hundred times; "
                + "return vᵀ·product(v).",
            draw: SymmetricCase.Draw,
            describe: c => $"the {c.Size}×{c.Size} matrix {c}",
            library: c => [c.Largest],
            apply: (f, c) => [f(c.Multiply, c.Size)],
            solution: (product, n) =>
            {
                double[] v = Enumerable.Repeat(1 / Math.Sqrt(n), n).ToArray();
                for (int k = 0; k < 100; k++)
                {
                    double[] w = product(v);
                    double norm = Math.Sqrt(w.Sum(x => x * x));
                    v = w.Select(x => x / norm).ToArray();
                }
                return v.Zip(product(v), (a, b) => a * b).Sum();
            },
            solutionText: "(product, n) => { double[] v = Enumerable.Repeat(1 / Math.Sqrt(n), n).ToArray(); "
                + "for (int k = 0; k < 100; k++) { double[] w = product(v); double norm = Math.Sqrt(w.Sum(x => x * x)); "
                + "v = w.Select(x => x / norm).ToArray(); } return v.Zip(product(v), (a, b) => a * b).Sum(); }",
            explanation: "That is how the trainer measures the sharpness of a network with nine thousand parameters: it never forms H, "
                + "it only asks for products Hv, each about the cost of two gradients.",
            relativeTolerance: 1e-6);

        /// <summary>
        /// E5 (predict, then run): the sharpness of the one-hidden-layer network at η = 0.4 over 150 steps: it rises to 2/η
        /// and hovers (a), starts above and comes down (b), diverges (c), or stays below 2/η throughout (d).
        /// </summary>
        public static ChoiceQuestion<EdgeOfStabilityRun> E5 { get; } = new("E5 (your prediction for 64 → 64 → 10 at η = 0.4)",
            ExerciseKind.PredictThenRun, options: 4,
            run => run.Run.Status.Diverged ? 'c'
                : run.StartSharpness >= run.Limit ? 'b'
                : run.PeakSharpness >= run.Limit ? 'a'
                : 'd',
            hint: "Compare the network's sharpness at initialisation (section 3) with 2/η = 5, and remember what section 3 found about "
                + "this network at small rates: does anything push its sharpness up?",
            explanation: run => $"The run: start {Numbers.Format(run.StartSharpness)}, peak {Numbers.Format(run.PeakSharpness)}, "
                + $"2/η = {Numbers.Format(run.Limit)}, {run.Run.Status}. "
                + (run.PeakSharpness >= run.Limit
                    ? "The sharpness reached the edge."
                    : $"It never met the edge and ended at {Numbers.Format(run.Run.Sharpness[^1].Value)}: this network does not sharpen "
                        + "on its own, so a rate whose 2/η lies above its curvature never brings it to the edge."));

        private static SharpnessPoint? FirstAtEdge(EdgeOfStabilityRun run) => run.Run.Sharpness.FirstOrDefault(p => p.Value >= run.Limit);
    }

    /// <summary>
    /// A random test of power iteration: a symmetric positive definite matrix Q·diag(λ)·Qᵀ with a random rotation Q, whose
    /// largest eigenvalue is at least 1.5 times the next one (so a hundred iterations settle it to machine precision).
    /// </summary>
    public sealed record SymmetricCase(double[,] Matrix, double Largest)
    {
        /// <summary>The matrix's size n.</summary>
        public int Size => Matrix.GetLength(0);

        /// <summary>The product Matrix·v.</summary>
        public double[] Multiply(double[] v)
        {
            ArgumentNullException.ThrowIfNull(v);
            if (v.Length != Size)
                throw new ArgumentException($"v must have length {Size}, the matrix's size, but had {v.Length}.", nameof(v));
            var w = new double[Size];
            for (int i = 0; i < Size; i++)
                for (int j = 0; j < Size; j++) w[i] += Matrix[i, j] * v[j];
            return w;
        }

        /// <summary>Draws a case of size 2 to 6.</summary>
        internal static SymmetricCase Draw(Random random)
        {
            int n = random.Next(2, 7);
            double largest = LrNotebooks.Course.Draw.Round3(random.Uniform(1, 20));
            double[] eigenvalues = [largest, .. Enumerable.Range(1, n - 1).Select(_ => random.Uniform(0.01, largest / 1.5))];
            double[][] q = Orthonormal(random, n);
            var m = new double[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    for (int k = 0; k < n; k++) m[i, j] += q[k][i] * eigenvalues[k] * q[k][j];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < i; j++) m[i, j] = m[j, i];   // exactly symmetric
            return new SymmetricCase(m, largest);
        }

        /// <summary>n orthonormal vectors by Gram–Schmidt on random ones.</summary>
        private static double[][] Orthonormal(Random random, int n)
        {
            var basis = new List<double[]>();
            while (basis.Count < n)
            {
                double[] v = Enumerable.Range(0, n).Select(_ => random.Uniform(-1, 1)).ToArray();
                foreach (double[] b in basis)
                {
                    double dot = v.Zip(b, (x, y) => x * y).Sum();
                    for (int i = 0; i < n; i++) v[i] -= dot * b[i];
                }
                double norm = Math.Sqrt(v.Sum(x => x * x));
                if (norm > 1e-3) basis.Add(v.Select(x => x / norm).ToArray());
            }
            return [.. basis];
        }

        /// <inheritdoc />
        public override string ToString() =>
            "[" + string.Join(", ", Enumerable.Range(0, Size).Select(i =>
                "[" + string.Join(", ", Enumerable.Range(0, Size).Select(j => Numbers.Format(Matrix[i, j], 6))) + "]")) + "]";
    }
}
