using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// The <see cref="SweepScalingBenchmark"/> sweep (8 runs x 3 epochs) with at most 1 and at most 2 runs at a time,
/// interleaved round by round (the order alternating), speed-up = time(1) / time(2) per round.
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
    }
}
