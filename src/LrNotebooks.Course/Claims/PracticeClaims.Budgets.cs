using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class PracticeClaims
{
    /// <summary>
    /// The tuned baseline of the budget comparisons: SGD with momentum and cosine annealing stepped per batch, one run per
    /// budget (in epochs) and seed; each run must know its budget in advance.
    /// </summary>
    /// <param name="data">The digits split.</param>
    /// <param name="settings">Network, rate, budgets and seeds; null for the notebook's.</param>
    /// <returns>Runs [budget][seed].</returns>
    public static TrainingResult[][] CosineBaselines(DataSplit data, BudgetSettings? settings = null)
    {
        var s = settings ?? new BudgetSettings();
        return TrainPerBudget(data, s, total => Schedule.Cosine(s.Rate, total), "cosine");
    }

    /// <summary>
    /// Warmup-stable-decay (Hägele et al. 2024, "Scaling laws and compute-optimal training beyond fixed training durations";
    /// Hu et al. 2024, "MiniCPM"): a constant rate and a final cool-down over the last <see cref="BudgetSettings.CooldownFraction"/>
    /// of the steps, 1 − sqrt and linear. Every shorter budget is a branch of the longest run (<c>Branch</c>), so its steps
    /// before its cool-down are the longest run's. The claim: at every budget the 1 − sqrt branch ends with a validation loss
    /// at most (1 + tolerance) times the cosine run's (geometric mean of the per-seed ratios; the paired interval is reported,
    /// it is wide with few seeds), and every branch is bit-identical to the longest run up to its cool-down.
    /// </summary>
    /// <param name="data">The digits split.</param>
    /// <param name="cosine">The baselines from <see cref="CosineBaselines"/> with the same settings.</param>
    /// <param name="settings">The settings the baselines were made with; null for the notebook's.</param>
    public static WarmupStableDecayResult WarmupStableDecay(DataSplit data, TrainingResult[][] cosine, BudgetSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(cosine);
        var s = settings ?? new BudgetSettings();
        int perEpoch = Trainer.BatchesPerEpoch(data.Train.Count, s.BatchSize);
        int longest = s.Budgets.Max() * perEpoch;
        WarmupStableDecaySchedule Trunk(CooldownShape shape) => Schedule.WarmupStableDecay(s.Rate, longest, Cooldown(longest), shape: shape);
        int Cooldown(int total) => (int)Math.Round(s.CooldownFraction * total);
        var sqrt = TrainPerBudget(data, s, total => Trunk(CooldownShape.OneMinusSqrt).Branch(total, Cooldown(total)), "WSD 1 − sqrt");
        var linear = TrainPerBudget(data, s, total => Trunk(CooldownShape.Linear).Branch(total, Cooldown(total)), "WSD linear");
        int last = s.Budgets.Count - 1;
        bool identical = Enumerable.Range(0, s.Budgets.Count).All(b => Enumerable.Range(0, s.Seeds.Count).All(k =>
            sqrt[b][k].BatchLosses.Take(s.Budgets[b] * perEpoch - Cooldown(s.Budgets[b] * perEpoch))
                .SequenceEqual(sqrt[last][k].BatchLosses.Take(s.Budgets[b] * perEpoch - Cooldown(s.Budgets[b] * perEpoch)))));
        var versusCosine = Enumerable.Range(0, s.Budgets.Count).Select(b => PairedComparison.OfLogRatios(
            [.. sqrt[b].Select(FinalLoss)], [.. cosine[b].Select(FinalLoss)])).ToArray();
        var linearVersusSqrt = Enumerable.Range(0, s.Budgets.Count).Select(b => PairedComparison.OfLogRatios(
            [.. linear[b].Select(FinalLoss)], [.. sqrt[b].Select(FinalLoss)])).ToArray();
        bool holds = identical && versusCosine.All(c => c.Factor <= 1 + s.Tolerance);
        string evidence = $"final validation loss, WSD (1 − sqrt, {Numbers.Percent(s.CooldownFraction)} cool-down) / cosine, {s.Seeds.Count} seeds: "
            + string.Join("; ", Enumerable.Range(0, s.Budgets.Count).Select(b => $"{s.Budgets[b]} epochs: {Factor(versusCosine[b])}"))
            + $" (mean ratio allowed up to {Numbers.Format(1 + s.Tolerance)}x); linear / 1 − sqrt: "
            + string.Join(", ", linearVersusSqrt.Select(Factor))
            + $"; every branch identical to the {s.Budgets.Max()}-epoch run before its cool-down: {(identical ? "yes" : "no")}";
        return new WarmupStableDecayResult(sqrt, linear, versusCosine, linearVersusSqrt, identical, holds, evidence);
    }

    /// <summary>
    /// Schedule-free SGD (Defazio et al. 2024, "The road less scheduled"): one run per seed for the longest budget,
    /// measured every epoch at the averaged point x, so its value at a shorter budget is read off the same run. The claim:
    /// at every budget the schedule-free run's mean validation accuracy is within <see cref="BudgetSettings.AccuracyTolerance"/>
    /// of the cosine run made for that budget; its validation loss ratio is reported with its paired interval.
    /// </summary>
    /// <param name="data">The digits split.</param>
    /// <param name="cosine">The baselines from <see cref="CosineBaselines"/> with the same settings.</param>
    /// <param name="settings">The settings the baselines were made with; null for the notebook's.</param>
    public static ScheduleFreeResult ScheduleFree(DataSplit data, TrainingResult[][] cosine, BudgetSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(cosine);
        var s = settings ?? new BudgetSettings();
        var network = Network.ForDigits([.. s.Hidden]);
        var runs = Sweep.Map(s.Seeds.ToArray(), seed => Trainer.Train(network, data,
            Optimizer.ScheduleFreeSgd(s.ScheduleFreeRate, momentum: s.Momentum, warmupSteps: s.ScheduleFreeWarmup),
            new TrainingOptions { Epochs = s.Budgets.Max(), BatchSize = s.BatchSize, Seed = seed, Label = $"schedule-free SGD η = {Numbers.Format(s.ScheduleFreeRate)}" }));
        double[] AtBudget(int b, Func<EpochMetrics, double> metric) => [.. runs.Select(r => metric(r.Epochs[s.Budgets[b] - 1]))];
        var accuracy = Enumerable.Range(0, s.Budgets.Count).Select(b => PairedComparison.Of(
            AtBudget(b, m => m.ValidationAccuracy), [.. cosine[b].Select(r => r.Epochs[^1].ValidationAccuracy)])).ToArray();
        var loss = Enumerable.Range(0, s.Budgets.Count).Select(b => PairedComparison.OfLogRatios(
            AtBudget(b, m => m.ValidationLoss), [.. cosine[b].Select(FinalLoss)])).ToArray();
        bool holds = accuracy.All(c => c.MeanDifference >= -s.AccuracyTolerance);
        string evidence = $"schedule-free SGD η = {Numbers.Format(s.ScheduleFreeRate)} (one {s.Budgets.Max()}-epoch run per seed) against cosine η = {Numbers.Format(s.Rate)} "
            + $"(one run per budget), {s.Seeds.Count} seeds; validation accuracy, schedule-free − cosine: "
            + string.Join("; ", Enumerable.Range(0, s.Budgets.Count).Select(b =>
                $"{s.Budgets[b]} epochs: {Numbers.Format(100 * accuracy[b].MeanDifference, 2)} pt ({Numbers.Format(100 * accuracy[b].Low, 2)} to {Numbers.Format(100 * accuracy[b].High, 2)})"))
            + $" (allowed down to −{Numbers.Format(100 * s.AccuracyTolerance, 2)} pt); validation loss, schedule-free / cosine: "
            + string.Join(", ", loss.Select(Factor));
        return new ScheduleFreeResult(runs, accuracy, loss, holds, evidence);
    }

    private static TrainingResult[][] TrainPerBudget(DataSplit data, BudgetSettings s, Func<int, Schedule> schedule, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        var network = Network.ForDigits([.. s.Hidden]);
        int perEpoch = Trainer.BatchesPerEpoch(data.Train.Count, s.BatchSize);
        var jobs = s.Budgets.SelectMany(e => s.Seeds.Select(seed => (Epochs: e, Seed: seed))).ToArray();
        var runs = Sweep.Map(jobs, j => Trainer.Train(network, data, lr => Optimizer.Sgd(lr, momentum: s.Momentum), schedule(j.Epochs * perEpoch),
            ScheduleStepping.PerBatch, new TrainingOptions { Epochs = j.Epochs, BatchSize = s.BatchSize, Seed = j.Seed, Label = $"{name}, {j.Epochs} epochs" }));
        return [.. Enumerable.Range(0, s.Budgets.Count).Select(b => runs.Skip(b * s.Seeds.Count).Take(s.Seeds.Count).ToArray())];
    }

    private static double FinalLoss(TrainingResult run) => run.Status.Diverged ? double.MaxValue : run.Epochs[^1].ValidationLoss;

    private static string Factor(PairedComparison c) => $"{Numbers.Format(c.Factor)}x ({Numbers.Format(c.FactorLow)}–{Numbers.Format(c.FactorHigh)})";
}
