using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Running;

/// <summary>
/// Runs an optimizer (with its learning-rate schedule) on a loss surface and records everything a chart or a
/// test needs: iterates, losses, learning rates, gradient norms, effective step sizes and how the run ended.
/// </summary>
public static class Descent
{
    /// <summary>Runs <paramref name="steps"/> steps with exact gradients; see <see cref="Run(Surface, Optimizer, double[], RunOptions?)"/>.</summary>
    /// <param name="surface">The loss surface.</param>
    /// <param name="optimizer">The optimizer; a fresh state is created for the run.</param>
    /// <param name="start">The starting point, of the surface's dimension, where loss and gradient are finite.</param>
    /// <param name="steps">The number of steps, &gt;= 0.</param>
    public static Trajectory Run(Surface surface, Optimizer optimizer, double[] start, int steps)
    {
        Guard.AtLeast(steps, 0);
        return Run(surface, optimizer, start, new RunOptions { Steps = steps });
    }

    /// <summary>
    /// Runs the optimizer from <paramref name="start"/> for <see cref="RunOptions.Steps"/> steps. Step t reads
    /// the gradient at x_t (plus Gaussian noise if <see cref="RunOptions.GradientNoise"/> &gt; 0), lets the optimizer
    /// update x_t to x_{t+1} with learning rate <c>optimizer.LearningRate.At(t)</c>, and records x_{t+1}.
    /// </summary>
    /// <remarks>
    /// <para>Status: <b>diverged at step k</b> when x_k, f(x_k), ∇f(x_k) or the step's learning rate or effective step
    /// size is not finite, or f(x_k) − f* &gt; DivergenceFactor · max(1, f(x_0) − f*); the run stops and x_k is not
    /// recorded, so every list holds finite numbers only. Otherwise <b>converged at step k</b> for the first iterate
    /// with f(x_k) − f* &lt;= Tolerance (only when Tolerance &gt; 0; the run goes on unless StopAtConvergence), else
    /// <b>still running after k steps</b>. Divergence overrides an earlier convergence.</para>
    /// <para>Noise: the components of ξ are drawn in order (step, then coordinate) from
    /// <see cref="GaussianNoise"/> seeded with <see cref="RunOptions.Seed"/>, so a run is bit-identical on every
    /// machine, and runs with the same seed and different σ see the same ξ scaled (common random numbers).
    /// Recorded gradient norms are those of the exact gradient.</para>
    /// </remarks>
    /// <param name="surface">The loss surface.</param>
    /// <param name="optimizer">The optimizer; a fresh state is created for the run.</param>
    /// <param name="start">The starting point, of the surface's dimension, where loss and gradient are finite (not modified).</param>
    /// <param name="options">Steps, tolerance, noise, divergence threshold, label; null = <c>new RunOptions()</c> (100 steps).</param>
    public static Trajectory Run(Surface surface, Optimizer optimizer, double[] start, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(start);
        options ??= new RunOptions();
        int n = surface.Dimension;
        if (start.Length != n)
            throw new ArgumentException($"start must have length {n} (the dimension of {surface.Name}), but had length {start.Length}.", nameof(start));

        var x = (double[])start.Clone();
        var gradient = new double[n];
        // Surfaces reject non-finite points, so the start is checked before it is evaluated.
        double loss = AllFinite(x) ? surface.Value(x) : double.NaN;
        if (double.IsFinite(loss)) surface.Gradient(x, gradient);
        if (!double.IsFinite(loss) || !AllFinite(gradient))
            throw new ArgumentException($"start must be a finite point where the loss and gradient of {surface.Name} are finite, but was ({string.Join(", ", start)}).", nameof(start));

        double minimum = surface.MinimumValue;
        double limit = options.DivergenceFactor * Math.Max(1, loss - minimum);
        var points = new List<double[]> { (double[])x.Clone() };
        var losses = new List<double> { loss };
        var gradientNorms = new List<double> { Norm(gradient) };
        var learningRates = new List<double>();
        var stepSizes = new List<double[]>();
        int? convergedAt = IsConverged(loss, minimum, options) ? 0 : null;
        RunStatus? diverged = null;

        var state = optimizer.CreateState(n);
        var noise = options.GradientNoise > 0 ? new GaussianNoise(options.Seed) : null;
        var seen = new double[n];
        var stepSize = new double[n];
        for (int t = 0; t < options.Steps; t++)
        {
            if (convergedAt is not null && options.StopAtConvergence) break;
            for (int i = 0; i < n; i++)
                seen[i] = noise is null ? gradient[i] : gradient[i] + options.GradientNoise * noise.Next();
            optimizer.Step(x, seen, state);
            optimizer.EffectiveStepSize(state, stepSize);
            double learningRate = state.LastLearningRate;

            // An iterate that overflowed is divergence, and is never handed to the surface (which rejects it).
            if (!AllFinite(x)) { diverged = new RunStatus(RunOutcome.Diverged, t + 1); break; }
            loss = surface.Value(x);
            surface.Gradient(x, gradient);
            if (!double.IsFinite(loss) || !AllFinite(gradient) || !double.IsFinite(learningRate)
                || !AllFinite(stepSize) || loss - minimum > limit)
            {
                diverged = new RunStatus(RunOutcome.Diverged, t + 1);
                break;
            }

            points.Add((double[])x.Clone());
            losses.Add(loss);
            gradientNorms.Add(Norm(gradient));
            learningRates.Add(learningRate);
            stepSizes.Add((double[])stepSize.Clone());
            if (convergedAt is null && IsConverged(loss, minimum, options)) convergedAt = t + 1;
        }

        var status = diverged
            ?? (convergedAt is int k ? new RunStatus(RunOutcome.Converged, k) : new RunStatus(RunOutcome.StillRunning, points.Count - 1));
        return new Trajectory(options.Label ?? optimizer.Name, points.ToArray(), losses.ToArray(), learningRates.ToArray(),
            gradientNorms.ToArray(), stepSizes.ToArray(), status);
    }

    private static bool IsConverged(double loss, double minimum, RunOptions options) =>
        options.Tolerance > 0 && loss - minimum <= options.Tolerance;

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
            if (!double.IsFinite(v)) return false;
        return true;
    }

    private static double Norm(ReadOnlySpan<double> values)
    {
        // Scaled so that large but finite gradients do not overflow to infinity when squared.
        double scale = 0;
        foreach (double v in values) scale = Math.Max(scale, Math.Abs(v));
        if (scale == 0) return 0;
        double sum = 0;
        foreach (double v in values) sum += (v / scale) * (v / scale);
        return scale * Math.Sqrt(sum);
    }
}
