using LrNotebooks.Core;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 06 · Finding a learning rate: the LR range test and its two rules.</summary>
    public static class FindingALearningRate
    {
        /// <summary>E1: the learning rate of step 100 in the 200-step test from 1e-7 to 10, recomputed from the test.</summary>
        public static NumberQuestion<RangeTestResult> E1 { get; } = new("E1 (learning rate at step 100)", ExerciseKind.Compute,
            finder => finder.LearningRates.Count > 100 ? finder.LearningRates[100] : throw new ArgumentException("the test stopped before step 100", nameof(finder)),
            hint: "η_i = 1e-7 · (10 / 1e-7)^(i / (N − 1)) with N = 200: that is 8 · 100/199 decades above 1e-7.",
            explanation: finder => $"1e-7 · 10^(8 · 100/199) = {Numbers.Format(finder.LearningRates[100])}, just past the middle of the eight decades.",
            relativeTolerance: 0.02);

        /// <summary>E2: the half-life of the smoothing with β = 0.98, in steps.</summary>
        public static NumberQuestion<NoContext> E2 { get; } = new("E2 (half-life of the smoothing)", ExerciseKind.Compute,
            _ => Math.Log(0.5) / Math.Log(0.98),
            hint: "Solve β^k = 1/2 for k: take logarithms on both sides.",
            explanation: _ => $"k = ln(1/2) / ln(0.98) = {Numbers.Format(Math.Log(0.5) / Math.Log(0.98))} steps: at 25 steps per decade, "
                + "over a decade of rates.",
            absoluteTolerance: 1);

        /// <summary>E3: the advice when the rules disagree (correct: b).</summary>
        public static ChoiceQuestion<NoContext> E3 { get; } = new("E3 (the rules disagree)", ExerciseKind.Choice, options: 4,
            _ => 'b',
            hint: "Look at the table of section 3: which rule moved when the test got shorter, and which way?",
            explanation: _ => "The steepest point drifts to larger rates on short tests (RT2); minimum / 10 keeps a factor-ten margin below the edge.");

        /// <summary>E4 (read the chart): the learning rate at the bottom of the smoothed range-test curve.</summary>
        public static NumberQuestion<RangeTestResult> E4 { get; } = new("E4 (the rate at the bottom of the curve)", ExerciseKind.ReadTheChart,
            finder => finder.LearningRates[finder.MinimumIndex],
            hint: "Find the lowest point of the smoothed loss on the range-test chart and read the learning rate below it (the axis is logarithmic).",
            explanation: finder => $"The smoothed loss is lowest, {Numbers.Format(finder.SmoothedLosses[finder.MinimumIndex])}, at "
                + $"η = {Numbers.Format(finder.LearningRates[finder.MinimumIndex])}; minimum / 10 suggests {Numbers.Format(finder.MinimumOverTenLearningRate)}.",
            decades: 0.2);

        /// <summary>E5 (implement it): the range test's learning rate at step i, like RangeTestSchedule.</summary>
        public static ImplementQuestion<Func<double, double, int, int, double>, (double Start, double End, int Steps, int I)> E5 { get; } = new(
            "E5 (the range test's rate at step i)",
            hint: "Geometric growth: η_i = start · (end/start)^(i/(steps − 1)), so step 0 uses start and step steps − 1 uses end.",
            draw: r =>
            {
                double start = Draw.Round3(r.LogUniform(1e-8, 1e-3));
                int steps = r.Next(2, 400);
                return (start, Draw.Round3(start * r.LogUniform(10, 1e9)), steps, r.Next(0, steps));
            },
            describe: c => $"start = {Numbers.Format(c.Start, 4)}, end = {Numbers.Format(c.End, 4)}, steps = {c.Steps}, i = {c.I}",
            library: c => [new RangeTestSchedule(c.Start, c.End, c.Steps).At(c.I)],
            apply: (f, c) => [f(c.Start, c.End, c.Steps, c.I)],
            solution: (start, end, steps, i) => start * Math.Pow(end / start, i / (steps - 1.0)),
            solutionText: "(start, end, steps, i) => start * Math.Pow(end / start, i / (steps - 1.0))",
            explanation: "A constant ratio between consecutive steps: every decade of rates gets the same number of steps.",
            relativeTolerance: 1e-9);

        /// <summary>E6 (predict, then run): where the steepest rule of a 50-step test lands against the 200-step test.</summary>
        public static ChoiceQuestion<(RangeTestResult Short, RangeTestResult Long)> E6 { get; } = new("E6 (your prediction for a 50-step test)",
            ExerciseKind.PredictThenRun, options: 3,
            tests => (tests.Short.SteepestLearningRate / tests.Long.SteepestLearningRate) switch { < 1 / 1.5 => 'a', > 1.5 => 'b', _ => 'c' },
            hint: "The smoothed curve lags by a number of steps; with fewer steps per decade, how many decades of rates is that lag?",
            explanation: tests => $"The 50-step test's steepest point is η = {Numbers.Format(tests.Short.SteepestLearningRate)}, the 200-step test's "
                + $"{Numbers.Format(tests.Long.SteepestLearningRate)}: a lag of the same number of steps covers more decades on a short test.");
    }
}
