using System.Diagnostics;
using System.Globalization;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// A side-by-side run of the <see cref="OptimizerStepBenchmarks"/> cases that interleaves them: every round times one
/// copy, one SGD step, one Adam step and one AdamW step back to back, so all four see the same competition for memory
/// bandwidth from other processes, and the ratio to the copy is taken per round. On a shared machine these per-round
/// ratios are far steadier than ratios of separately measured means.
/// Run: <c>dotnet run -c Release --project tests/LrNotebooks.Benchmarks -- --interleaved [rounds]</c>.
/// </summary>
internal static class InterleavedOptimizerStep
{
    /// <summary>Passes over a 10M-double vector per call: reads plus writes.</summary>
    private static readonly (string Name, int Passes)[] Cases =
        [("copy (Span.CopyTo)", 2), ("SGD momentum step", 5), ("Adam step", 7), ("AdamW step", 7)];

    internal static void Run(int rounds)
    {
        var benchmarks = new OptimizerStepBenchmarks();
        benchmarks.Setup();
        Action[] calls = [benchmarks.Copy, benchmarks.SgdMomentum, benchmarks.Adam, benchmarks.AdamW];
        var times = new double[calls.Length][];
        for (int c = 0; c < calls.Length; c++) times[c] = new double[rounds];

        for (int warmup = 0; warmup < 40; warmup++) foreach (Action call in calls) call(); // past tiered JIT
        var watch = new Stopwatch();
        for (int r = 0; r < rounds; r++)
            for (int c = 0; c < calls.Length; c++)
            {
                watch.Restart();
                calls[c]();
                times[c][r] = watch.Elapsed.TotalMilliseconds;
            }

        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"{rounds} interleaved rounds, N = {OptimizerStepBenchmarks.N:N0} doubles"));
        Console.WriteLine("| Case | Median ms | Min ms | Median ratio to copy | Ratio per byte touched |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        for (int c = 0; c < calls.Length; c++)
        {
            double[] ratios = [.. Enumerable.Range(0, rounds).Select(r => times[c][r] / times[0][r])];
            double ratio = SideBySideEpoch.Median(ratios), perByte = ratio * Cases[0].Passes / Cases[c].Passes;
            Console.WriteLine(string.Create(culture,
                $"| {Cases[c].Name} ({Cases[c].Passes} passes) | {SideBySideEpoch.Median(times[c]):F2} | {times[c].Min():F2} | {ratio:F2} | {perByte:F2} |"));
        }
    }
}
