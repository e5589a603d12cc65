using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests;

/// <summary>Trajectory and training records built directly (plain gradient descent, no optimizer library).</summary>
internal static class TestRuns
{
    /// <summary>Plain gradient descent with a constant rate; stops as diverged when the loss exceeds 1e6 x the start.</summary>
    public static Trajectory Descend(Surface s, double lr, double[] start, int steps, string? label = null)
    {
        var points = new List<double[]> { (double[])start.Clone() };
        var losses = new List<double> { s.Value(start) };
        var lrs = new List<double>();
        var norms = new List<double>();
        var eff = new List<double[]>();
        var x = (double[])start.Clone();
        var g = new double[x.Length];
        var status = new RunStatus(RunOutcome.StillRunning, steps);
        for (int t = 0; t < steps; t++)
        {
            s.Gradient(x, g);
            norms.Add(Math.Sqrt(g.Sum(v => v * v)));
            var next = x.Select((v, i) => v - lr * g[i]).ToArray();
            double f = s.Value(next);
            if (!double.IsFinite(f) || next.Any(v => !double.IsFinite(v)) || Math.Abs(f) > 1e6 * Math.Max(1, Math.Abs(losses[0])))
            {
                status = new RunStatus(RunOutcome.Diverged, t);
                break;
            }
            lrs.Add(lr);
            eff.Add(x.Select(_ => lr).ToArray());
            x = next;
            points.Add((double[])x.Clone());
            losses.Add(f);
        }
        return new Trajectory(label ?? $"GD(lr={lr})", points, losses, lrs, norms, eff, status);
    }

    /// <summary>A run with per-parameter effective steps that shrink like Adagrad's lr / sqrt(sum g²).</summary>
    public static Trajectory WithShrinkingSteps(Trajectory run) => run with
    {
        EffectiveStepSizes = run.EffectiveStepSizes.Select((e, k) => e.Select((v, i) => v / Math.Sqrt(1 + k * (i + 1))).ToArray()).ToArray(),
    };

    public static TrainingResult Training(string label, int epochs, double rate, int? divergedAtEpoch = null)
    {
        var list = new List<EpochMetrics>();
        for (int e = 1; e <= (divergedAtEpoch ?? epochs); e++)
        {
            double train = 2.3 * Math.Exp(-rate * e) + 0.05, val = train * 1.1 + 0.01 * e;
            list.Add(new EpochMetrics(e, train, 1 - train / 2.5, val, 1 - val / 2.6, 0.1 / e));
        }
        var status = divergedAtEpoch is int d ? new RunStatus(RunOutcome.Diverged, d * 50 + 17) : new RunStatus(RunOutcome.StillRunning, epochs * 50);
        return new TrainingResult(label, list, status);
    }

    public static RangeTestResult RangeTest()
    {
        int n = 100;
        var lrs = Enumerable.Range(0, n).Select(i => 1e-5 * Math.Pow(10, 6.0 * i / (n - 1))).ToArray();
        var rng = new Random(7);
        var raw = lrs.Select(lr => 2.3 - 1.8 / (1 + Math.Exp(-2.2 * (Math.Log10(lr) + 2.5))) + Math.Pow(lr, 1.5) * 0.8 + 0.08 * rng.NextDouble()).ToArray();
        var smooth = new double[n];
        double avg = 0;
        for (int i = 0; i < n; i++)
        {
            avg = 0.98 * avg + 0.02 * raw[i];
            smooth[i] = avg / (1 - Math.Pow(0.98, i + 1));
        }
        return new RangeTestResult(lrs, raw, smooth, 3.2e-3, 1.1e-2, "smoothed loss exceeded 4x its best at step 99");
    }
}
