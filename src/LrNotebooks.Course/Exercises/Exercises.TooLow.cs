using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 03 · Too low: latency like 1/η, plateaus, poor local minima.</summary>
    public static class TooLow
    {
        /// <summary>E1 (predict, then run): the steps η = 0.0025 needs on the bowl, predicted from the η = 0.01 run.</summary>
        public static NumberQuestion<Trajectory> E1 { get; } = new("E1 (your prediction of the steps at η = 0.0025)", ExerciseKind.PredictThenRun,
            run => run.Status.Converged ? run.Status.Step : throw new ArgumentException($"the run did not converge ({run.Status})", nameof(run)),
            hint: "Steps grow like 1/η: what happens to the count when η gets four times smaller?",
            explanation: run => $"The run took {run.Status.Step} steps: four times smaller η, about four times as many steps.",
            relativeTolerance: 0.05);

        /// <summary>E2: reading a plateau (correct: c, a saddle and a small rate).</summary>
        public static ChoiceQuestion<NoContext> E2 { get; } = new("E2 (reading a plateau)", ExerciseKind.Choice, options: 4,
            _ => 'c',
            hint: "Which of these makes the loss stop changing for a while and then change again, without any instability?",
            explanation: _ => "Next to a saddle the gradient is tiny, so progress stalls for about ln(1/|y₀|)/η steps before the iterate slides off.");

        /// <summary>E3: what the census shows (correct: a, it depends on the start and on η).</summary>
        public static ChoiceQuestion<NoContext> E3 { get; } = new("E3 (what the census shows)", ExerciseKind.Choice, options: 3,
            _ => 'a',
            hint: "Look at the 'trapped starts that escaped' columns: did some rate free some but not all starts? Did small rates ever escape?",
            explanation: _ => "In 1-D no rate freed every trapped start; in 2-D only rates too large for the narrow wells did, and with the "
                + "default wells none does.");

        /// <summary>E4 (read the chart): the smallest rate of the 1-D census at which a trapped start escaped.</summary>
        public static NumberQuestion<IReadOnlyList<BasinCensus>> E4 { get; } = new("E4 (smallest rate that frees a start)", ExerciseKind.ReadTheChart,
            census => FirstEscape(census).LearningRate,
            hint: "On the chart of the census, find the first point to the right that lies above zero.",
            explanation: census => $"At η = {Numbers.Format(FirstEscape(census).LearningRate)} {FirstEscape(census).Escaped} of "
                + $"{FirstEscape(census).Trapped} trapped starts got out; every smaller rate of the ladder freed none.",
            relativeTolerance: 1e-6);

        /// <summary>E5 (implement it): n learning rates spaced evenly on a log scale, like Sweep.LogSpace.</summary>
        public static ImplementQuestion<Func<double, double, int, double[]>, (double From, double To, int Count)> E5 { get; } = new(
            "E5 (a log-spaced sweep)",
            hint: "Space the logarithms evenly: η_k = from · (to/from)^(k/(count − 1)) for k = 0 … count − 1.",
            draw: r =>
            {
                double from = Draw.Round3(r.LogUniform(1e-5, 1e-1));
                return (from, Draw.Round3(from * r.LogUniform(3, 1e4)), r.Next(2, 20));
            },
            describe: c => $"from = {Numbers.Format(c.From, 4)}, to = {Numbers.Format(c.To, 4)}, count = {c.Count}",
            library: c => Sweep.LogSpace(c.From, c.To, c.Count),
            apply: (f, c) => f(c.From, c.To, c.Count),
            solution: (from, to, count) => Enumerable.Range(0, count).Select(k => from * Math.Pow(to / from, k / (count - 1.0))).ToArray(),
            solutionText: "(from, to, count) => Enumerable.Range(0, count).Select(k => from * Math.Pow(to / from, k / (count - 1.0))).ToArray()",
            explanation: "On a log scale every decade gets the same number of rates: the right grid when steps grow like 1/η.",
            relativeTolerance: 1e-9);

        private static BasinCensus FirstEscape(IReadOnlyList<BasinCensus> census) =>
            census.FirstOrDefault(c => c.Escaped > 0)
                ?? throw new ArgumentException("no rate of this census freed a trapped start", nameof(census));

        /// <summary>E6: the steps η = 0.1 needs to shrink the x error of the bowl a thousandfold (λ_min = 0.2).</summary>
        public static NumberQuestion<NoContext> E6 { get; } = new("E6 (steps for a thousandfold in x)", ExerciseKind.Compute,
            _ => ThousandfoldSteps(0.1),
            hint: "Each step multiplies the x error by 1 − ηλ_min; find the smallest k with (1 − ηλ_min)^k ≤ 1/1000 (take logarithms).",
            explanation: _ => $"k = ⌈ln 1000 / −ln(1 − 0.1·0.2)⌉ = ⌈{Numbers.Format(Math.Log(1000) / -Math.Log(1 - 0.1 * 0.2), 5)}⌉ = {ThousandfoldSteps(0.1)}; "
                + $"at η = 0.01 it is {ThousandfoldSteps(0.01)}: ten times smaller η, about ten times the steps.",
            absoluteTolerance: 1);

        private static int ThousandfoldSteps(double lr) => (int)Math.Ceiling(Math.Log(1000) / -Math.Log(1 - lr * 0.2));
    }
}
