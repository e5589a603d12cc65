using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// The <see cref="SweepScalingBenchmark"/> sweep (8 runs x 3 epochs) with at most 1 and at most 2 runs at a time,
/// interleaved round by round (the order alternating), speed-up = time(1) / time(2) per round. Then the cost of a
/// Hessian-vector product relative to a gradient on the whole training split, the product taken as a central
/// difference of two gradients, <c>(g(p + eps v) - g(p - eps v)) / (2 eps)</c>.
/// Run: <c>dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --sweep-scaling [rounds]</c>.
/// </summary>
internal static class InterleavedSweepScaling
{
    internal static void Run(int rounds)
    {
        var culture = CultureInfo.InvariantCulture;
        var benchmark = new SweepScalingBenchmark();
        benchmark.Setup();
        double Sweep(int parallelism)
        {
            benchmark.MaxDegreeOfParallelism = parallelism;
            var watch = Stopwatch.StartNew();
            benchmark.Sweep();
            return watch.Elapsed.TotalSeconds;
        }
        for (int i = 0; i < 10; i++) { Sweep(1); Sweep(2); }
        Thread.Sleep(300); // past tiered JIT

        string load = File.ReadAllText("/proc/loadavg").Trim();
        var one = new double[rounds];
        var two = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            if (r % 2 == 0) { one[r] = Sweep(1); two[r] = Sweep(2); }
            else { two[r] = Sweep(2); one[r] = Sweep(1); }
        }
        double[] speedUp = [.. Enumerable.Range(0, rounds).Select(r => one[r] / two[r])];
        Console.WriteLine(string.Create(culture, $"Sweep of 8 runs x 3 epochs, {rounds} interleaved rounds; /proc/loadavg before: {load}; after: {File.ReadAllText("/proc/loadavg").Trim()}"));
        Console.WriteLine(string.Create(culture,
            $"1 at a time: median {SideBySideEpoch.Median(one) * 1e3:F2} ms, min {one.Min() * 1e3:F2} ms; 2 at a time: median {SideBySideEpoch.Median(two) * 1e3:F2} ms, min {two.Min() * 1e3:F2} ms"));
        Console.WriteLine(string.Create(culture,
            $"speed-up: median of per-round ratios {SideBySideEpoch.Median(speedUp):F2}x, best round {speedUp.Max():F2}x, ratio of minima {one.Min() / two.Min():F2}x"));

        HessianVectorCost(rounds);
    }

    private static void HessianVectorCost(int rounds)
    {
        var culture = CultureInfo.InvariantCulture;
        var data = Digits.Load().Train;
        var network = Network.ForDigits(64);
        var p = network.InitialParameters(0);
        var v = network.InitialParameters(1);
        var shifted = new double[p.Length];
        var gPlus = new double[p.Length];
        var gMinus = new double[p.Length];
        var product = new double[p.Length];
        int[] rows = [.. Enumerable.Range(0, data.Count)];
        const double eps = 1e-5;
        // Through the public API (a workspace for all rows is allocated per call) and through one reused workspace.
        var workspace = new NetworkWorkspace(network, data.Count);
        workspace.Gather(data, rows);
        foreach (bool reused in new[] { false, true })
        {
            void G(double[] at, double[] g)
            {
                if (reused) workspace.LossAndGradient(at, workspace.Input, workspace.Labels, data.Count, g);
                else network.LossAndGradient(at, data, rows, g);
            }
            void Gradient() => G(p, gPlus);
            void Product()
            {
                for (int i = 0; i < p.Length; i++) shifted[i] = p[i] + eps * v[i];
                G(shifted, gPlus);
                for (int i = 0; i < p.Length; i++) shifted[i] = p[i] - eps * v[i];
                G(shifted, gMinus);
                for (int i = 0; i < p.Length; i++) product[i] = (gPlus[i] - gMinus[i]) / (2 * eps);
            }
            for (int i = 0; i < 50; i++) { Gradient(); Product(); }
            Thread.Sleep(300);
            var gradient = new double[rounds];
            var hvp = new double[rounds];
            var watch = new Stopwatch();
            for (int r = 0; r < rounds; r++)
            {
                watch.Restart(); Gradient(); gradient[r] = watch.Elapsed.TotalSeconds;
                watch.Restart(); Product(); hvp[r] = watch.Elapsed.TotalSeconds;
            }
            double[] ratio = [.. Enumerable.Range(0, rounds).Select(r => hvp[r] / gradient[r])];
            Console.WriteLine(string.Create(culture,
                $"{(reused ? "Reused workspace" : "Network.LossAndGradient")}: gradient on all {data.Count} training images median {SideBySideEpoch.Median(gradient) * 1e3:F3} ms (min {gradient.Min() * 1e3:F3}); " +
                $"central-difference Hessian-vector product median {SideBySideEpoch.Median(hvp) * 1e3:F3} ms (min {hvp.Min() * 1e3:F3}); ratio median {SideBySideEpoch.Median(ratio):F2}x"));
        }
    }
}
