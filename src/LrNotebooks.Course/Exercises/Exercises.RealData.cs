using LrNotebooks.Core;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class Exercises
{
    /// <summary>Notebook 07 · Real data: the digits classifier.</summary>
    public static class RealData
    {
        private static int StepsOfARun(DataSplit data) => 10 * Trainer.BatchesPerEpoch(data.Train.Count, 32);

        /// <summary>E1: optimizer steps of one ten-epoch run with batches of 32, from the data.</summary>
        public static NumberQuestion<DataSplit> E1 { get; } = new("E1 (steps per run)", ExerciseKind.Compute,
            data => StepsOfARun(data),
            hint: "Batches per epoch = ⌈training images / 32⌉; then multiply by the number of epochs.",
            explanation: data => $"⌈{data.Train.Count} / 32⌉ = {Trainer.BatchesPerEpoch(data.Train.Count, 32)} batches "
                + $"(the last one smaller): {StepsOfARun(data)} steps.");

        /// <summary>E2 (read the chart): the base rate at which cosine annealing had its best mean accuracy in the heat map.</summary>
        public static NumberQuestion<SweepSummary> E2 { get; } = new("E2 (best base rate for cosine)", ExerciseKind.ReadTheChart,
            summary => BestCosine(summary).LearningRate,
            hint: "Find the row 'cosine' of the heat map and the column with the largest number in it.",
            explanation: summary => $"{Numbers.Percent(BestCosine(summary).Summary.Mean)} at η₀ = {Numbers.Format(BestCosine(summary).LearningRate)}: "
                + "the decaying schedule peaks at a base rate at least as large as the fixed rate's best.",
            relativeTolerance: 1e-6);

        /// <summary>E3: why η = 1 did not diverge (correct: b, every hidden unit died).</summary>
        public static ChoiceQuestion<NoContext> E3 { get; } = new("E3 (why η = 1 did not diverge)", ExerciseKind.Choice, options: 4,
            _ => 'b',
            hint: "Look at the columns 'dead hidden units' and 'most frequent answer' in section 2.",
            explanation: _ => "Dead units pass no gradient, so nothing moves any more; the loss of a constant answer is finite, so no divergence is detected.");

        /// <summary>E4 (implement it): step decay per epoch (lr0, stepSize, γ, epoch) → η, like Schedule.Step.</summary>
        public static ImplementQuestion<Func<double, int, double, int, double>, (double Lr, int StepSize, double Gamma, int Epoch)> E4 { get; } = new(
            "E4 (step decay per epoch)",
            hint: "Count the drops so far with integer division, epoch / stepSize, and multiply lr0 by γ that many times (Math.Pow).",
            draw: r => (Draw.Round3(r.LogUniform(1e-3, 1)), r.Next(1, 10), Draw.Round3(r.Uniform(0.05, 0.9)), r.Next(0, 40)),
            describe: c => $"lr0 = {Numbers.Format(c.Lr, 4)}, stepSize = {c.StepSize}, γ = {Numbers.Format(c.Gamma, 4)}, epoch = {c.Epoch}",
            library: c => [Schedule.Step(c.Lr, c.StepSize, c.Gamma).At(c.Epoch)],
            apply: (f, c) => [f(c.Lr, c.StepSize, c.Gamma, c.Epoch)],
            solution: (lr0, stepSize, gamma, epoch) => lr0 * Math.Pow(gamma, epoch / stepSize),
            solutionText: "(lr0, stepSize, gamma, epoch) => lr0 * Math.Pow(gamma, epoch / stepSize)",
            explanation: "That is PyTorch's StepLR stepped once per epoch, the schedule of section 3.",
            relativeTolerance: 1e-9);

        /// <summary>E5 (predict, then run): what softmax regression (no hidden layer) does at η = 1.</summary>
        public static ChoiceQuestion<TrainingResult> E5 { get; } = new("E5 (your prediction for softmax regression at η = 1)",
            ExerciseKind.PredictThenRun, options: 4,
            run => run.Status.Diverged ? 'c' : run.FinalValidationAccuracy switch { >= 0.8 => 'a', <= 0.2 => 'b', _ => 'd' },
            hint: "Softmax regression has no ReLU units: what killed the hidden network at η = 1 cannot happen here.",
            explanation: run => $"The run: {run.Status}, final validation accuracy "
                + $"{(run.FinalValidationAccuracy is double a ? Numbers.Percent(a) : "none")}. With no units to kill, the rate that "
                + "broke the hidden network is merely large for this one.");

        private static SweepCell BestCosine(SweepSummary summary) => summary.Best(summary.Result.Grid.Optimizers[0].Name, "cosine");
    }
}
