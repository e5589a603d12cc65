using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Training;
using LrNotebooks.Training.Tests;

namespace LrNotebooks.Course.Tests;

/// <summary>
/// For every exercise of the course: the context its check needs (runs made here like the notebooks make them, or
/// hand-made results where the notebook trains networks) and a wrong answer of the right type.
/// </summary>
internal static class CourseExerciseCases
{
    private static readonly Surface Bowl = Surface.Quadratic(0.1, 2);
    private static readonly double[] BowlStart = [-2.5, 1.5];

    public static object? Context(string notebook, string id) => (notebook, id) switch
    {
        ("StartHere", "E3") => Descent.Run(Surface.Parabola(1), Optimizer.Sgd(0.3), [2.0], steps: 5),
        ("StartHere", "E4") => Descent.Run(Surface.Parabola(1), Optimizer.Sgd(1.5), [2.0], steps: 3),
        ("WhatTheLearningRateDoes", "E4") => Descent.Run(Surface.Parabola(1), Optimizer.Sgd(1.9), [2.0],
            new RunOptions { Steps = 1000, Tolerance = 5e-5, StopAtConvergence = true }),
        ("WhatTheLearningRateDoes", "E5") => Descent.Run(Surface.Parabola(1), Optimizer.Sgd(0.35), [2.0], steps: 40),
        ("TooHigh", "E4") => Descent.Run(Bowl, Optimizer.Sgd(0.8), BowlStart, steps: 150),
        ("TooHigh", "E5") => Descent.Run(Bowl, Optimizer.Sgd(0.5), BowlStart, steps: 150),
        ("TooLow", "E1") => Descent.Run(Bowl, Optimizer.Sgd(0.0025), BowlStart,
            new RunOptions { Steps = 200_000, Tolerance = 1e-6, StopAtConvergence = true }),
        ("TooLow", "E4") => (IReadOnlyList<BasinCensus>)
            [new(0.05, 61, 30, 31, 0, 0, 31, 0), new(0.3, 61, 35, 26, 0, 0, 31, 5), new(0.5, 61, 40, 21, 0, 0, 31, 10)],
        ("FixedVsScheduled", "E3") => (Bowl04, Start04, Noisy04, 8, Comparison04.Value),
        ("FixedVsScheduled", "E5") => Comparison04.Value,
        ("FixedVsScheduled", "E6") => SeedEnsemble.Run(Bowl04, Optimizer.Sgd(0.05), Start04, Noisy04, 8),
        ("AdaptiveOptimizers", "E3") => ((Surface)Surface.Rosenbrock(), new[] { -1.5, 2.0 }),
        ("AdaptiveOptimizers", "E6") => Sweep.LearningRates(Sweep.LogSpace(1e-4, 1e2, 37),
            lr => Descent.Run(Bowl, Optimizer.Sgd(lr), BowlStart, new RunOptions { Steps = 300, Tolerance = 1e-6, StopAtConvergence = true })),
        ("AdaptiveOptimizers", "E7") => Descent.Run(Bowl, Optimizer.Adam(0.1), BowlStart, steps: 1),
        ("FindingALearningRate", "E1") => RangeTest(200, minimumAt: 140),
        ("FindingALearningRate", "E4") => RangeTest(200, minimumAt: 140),
        ("FindingALearningRate", "E6") => (RangeTest(50, minimumAt: 40) with { SteepestLearningRate = 0.5 },
            RangeTest(200, minimumAt: 140) with { SteepestLearningRate = 0.1 }),
        ("RealData", "E1") => Digits(1438),
        ("RealData", "E2") => SweepSummary.FinalValidationAccuracy(SweepFixtures.Sweep(SweepFixtures.Accuracy)),
        ("RealData", "E5") => SweepFixtures.Run("softmax regression, η = 1", 0.85, 0.93),
        ("TheLearningRateInPractice", "E2") => Schedule.WarmupStableDecay(0.1, 20 * 45, 4 * 45),
        ("TheLearningRateInPractice", "E4") => (IReadOnlyList<double>)[0.93, 0.71, 0.52, 0.4, 0.33, 0.3, 0.28, 0.27],
        ("TheLearningRateInPractice", "E6") => NoiseFloors.Value,
        ("EdgeOfStability", "E3") => EdgeRun(0.2, 7.1, 7.4, 9.2, 10.6, 12.3, 10.4, 9.8),
        ("EdgeOfStability", "E5") => EdgeRun(0.4, 4.4, 4.3, 4.1, 3.9, 3.8),
        _ => null,
    };

    /// <summary>A wrong answer for the exercise with this context.</summary>
    public static object? Wrong(string notebook, string id, IQuestion question, object? context) => question switch
    {
        IChoice q => q.CorrectLetter(context) == 'a' ? "b" : "a",
        _ => (notebook, id) switch
        {
            ("StartHere", "E5") => (Func<double, double, double, double>)((x, g, lr) => x + lr * g),
            ("WhatTheLearningRateDoes", "E6") => (Func<double, double, double, int, double>)((lr, l, x0, t) => Math.Pow(1 - lr * l, t + 1) * x0),
            ("TooHigh", "E6") => (Func<double[,], double>)(h => 2 / Math.Max(h[0, 0], h[1, 1])),
            ("TooLow", "E5") => (Func<double, double, int, double[]>)((from, to, n) =>
                Enumerable.Range(0, n).Select(k => from + (to - from) * k / (n - 1.0)).ToArray()),
            ("FixedVsScheduled", "E3") => Schedule.Constant(0.9),
            ("FixedVsScheduled", "E4") => (Func<double, int, int, double>)((lr, tMax, t) => lr * (1 + Math.Cos(Math.PI * t / (tMax + 1))) / 2),
            ("AdaptiveOptimizers", "E3") => 1e-5,
            ("AdaptiveOptimizers", "E4") => (Func<double, double, double, double, double, (double, double)>)((p, g, b, lr, mu) => (p - lr * g, mu * b + g)),
            ("AdaptiveOptimizers", "E5") => (Func<double, double, double, double, int, double, (double, double, double)>)((p, g, m, v, t, lr) =>
                (p - lr * (0.9 * m + 0.1 * g) / (Math.Sqrt(0.999 * v + 0.001 * g * g) + 1e-8), 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g * g)),
            ("FindingALearningRate", "E5") => (Func<double, double, int, int, double>)((s, e, n, i) => s * Math.Pow(e / s, i / (double)n)),
            ("TheLearningRateInPractice", "E5") => (Func<double, int, int, int, double>)((lr, total, cooldown, t) =>
                t < total - cooldown ? lr : t >= total ? 0 : lr * (1 - (double)(t - (total - cooldown)) / cooldown)),
            ("EdgeOfStability", "E4") => (Func<Func<double[], double[]>, int, double>)((product, n) => product(Enumerable.Repeat(1.0, n).ToArray()).Max()),
            ("RealData", "E4") => (Func<double, int, double, int, double>)((lr, s, gamma, epoch) => lr * Math.Pow(gamma, epoch / (double)s)),
            _ => WrongNumber(question, context),
        },
    };

    private static object WrongNumber(IQuestion question, object? context)
    {
        double expected = (double)question.SolutionAnswer(context)!;
        double? decades = question.GetType().GetProperty("Decades")?.GetValue(question) as double?;
        return Far(expected, decades);
    }

    private static double Far(double expected, double? decades) => decades is { } d ? expected * Math.Pow(10, 2 * d) : 1.5 * expected + 3;

    private static readonly Surface Bowl04 = Surface.Quadratic(0.5, 1);
    private static readonly double[] Start04 = [-2.5, 2.5];
    private static readonly RunOptions Noisy04 = new() { Steps = 300, GradientNoise = 0.5, Seed = 1 };
    private static readonly Lazy<FixedVersusScheduled> Comparison04 = new(() => FixedVersusScheduled.Run(Bowl04, Sweep.LogSpace(0.003, 0.9, 13),
        Schedule.InverseTime(0.5, decayRate: 0.5), lr => Optimizer.Sgd(lr), Start04, Noisy04, 8));

    /// <summary>Notebook 08's prediction: the noise floor at η = 0.02 with batches of 1 and of 4 (σ = 1 per example).</summary>
    private static readonly Lazy<(SeedEnsemble, SeedEnsemble)> NoiseFloors = new(() =>
    {
        SeedEnsemble Floor(int batch) => SeedEnsemble.Run(Surface.Quadratic(0.25, 0.5), Optimizer.Sgd(0.02), [0.0, 0.0],
            new RunOptions { Steps = 2000, GradientNoise = 1 / Math.Sqrt(batch) }, 32);
        return (Floor(1), Floor(4));
    });

    /// <summary>A full-batch run of notebook 09 with the sharpness measured every 10 steps (nothing is trained).</summary>
    private static EdgeOfStabilityRun EdgeRun(double rate, params double[] sharpness)
    {
        var run = SweepFixtures.Run($"η = {rate}", 0.5, 0.9) with
        {
            Sharpness = [.. sharpness.Select((value, i) => new SharpnessPoint(10 * i, value, 20, true))],
        };
        return new EdgeOfStabilityRun(rate, run, sharpness[0], sharpness.Max(), sharpness[^1] / (2 / rate), 2.4, 0.2, 3);
    }

    private static RangeTestResult RangeTest(int steps, int minimumAt)
    {
        var schedule = new RangeTestSchedule(1e-7, 10, steps);
        double[] rates = Enumerable.Range(0, steps).Select(schedule.At).ToArray();
        double[] losses = rates.Select((_, i) => 2.3 - Math.Min(i, minimumAt) * 0.01 + Math.Max(0, i - minimumAt) * 0.05).ToArray();
        return new RangeTestResult(rates, losses, losses, rates[minimumAt / 2], rates[minimumAt] / 10, "planned steps done") { MinimumIndex = minimumAt };
    }

    private static DataSplit Digits(int train)
    {
        Dataset Of(int n) => new(new double[n * 2], new int[n], 2, 10);
        return new DataSplit(Of(train), Of(10));
    }
}
