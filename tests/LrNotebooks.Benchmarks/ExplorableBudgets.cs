using System.Diagnostics;
using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Course;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// The budgets of the course's explorables: build time of each (the notebook's own call, median of several after a
/// warm-up, in this process) and the size of its figure JSON. Budgets: under 1 s, at most 1 MB.
/// </summary>
internal static class ExplorableBudgets
{
    public static void Run(int rounds)
    {
        Console.WriteLine($"Explorables, median of {rounds} builds after one warm-up; load average {LoadAverage()}");
        // The inputs the notebooks compute before their explorable cell (the range test trains a network once).
        var wells = Surface.GaussianWells(
            [new(1.0, 0.5, 2.0, 1.3), new(-1.8, -1.2, 1.0, 0.5), new(-1.5, 1.8, 0.8, 0.45)], bowl: 0.1, domain: new PlotDomain(-3.5, 3.5, -3.5, 3.5));
        var noisyBowl = Surface.Quadratic(0.5, 1);
        var noisy = new RunOptions { Steps = 300, GradientNoise = 0.5, Seed = 1 };
        var data = Digits.Load();
        var finder = RangeTest.Run(Network.ForDigits(32), data, lr => Optimizer.Sgd(lr, momentum: 0.9), new RangeTestOptions { Steps = 200 });
        var cases = new (string Name, Func<Figure> Build)[]
        {
            ("01 LearningRateOnParabola", () => Explorables.LearningRateOnParabola(curvature: 1.0, start: 1.8, steps: 25)),
            ("02 LearningRateOnBowl", () => Explorables.LearningRateOnBowl(Surface.Quadratic(0.1, 2), [-2.5, 1.5], steps: 100)),
            ("03 BasinMap", () => Explorables.BasinMap(wells, [0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.0, 1.4], perAxis: 13, steps: 400)),
            // The best fixed rate only places a reference curve; the notebook's sweep finds it before this cell.
            ("04 ScheduleExplorer", () => Explorables.ScheduleExplorer(noisyBowl, [-2.5, 2.5], noisy, seeds: 16, 0.05)),
            ("05 MomentumOnBowl", () => Explorables.MomentumOnBowl(Surface.Quadratic(0.1, 2), [-2.5, 1.5], steps: 80)),
            ("05 OptimizersOnRosenbrock", () => Explorables.OptimizersOnRosenbrock(steps: 500)),
            ("06 RangeTestExplorer", () => Explorables.RangeTestExplorer(finder, plannedSteps: 200)),
        };
        Console.WriteLine("| explorable | median build | min | max | JSON | budget |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var (name, build) in cases)
        {
            int size = build().ToJsonString().Length;
            var times = new double[rounds];
            for (int r = 0; r < rounds; r++)
            {
                var watch = Stopwatch.StartNew();
                var figure = build();
                times[r] = watch.Elapsed.TotalSeconds;
                GC.KeepAlive(figure);
            }
            Array.Sort(times);
            double median = times[rounds / 2];
            string verdict = (median < 1 ? "time ok" : "time over") + ", " + (size <= 1_000_000 ? "size ok" : "size over");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {median:0.00} s | {times[0]:0.00} s | {times[^1]:0.00} s | {size / 1000.0:0} KB | {verdict} |"));
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    /// <summary>The 1-minute load average (Linux), so a number can be read against how busy the machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
