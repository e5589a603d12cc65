using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class PracticeClaims
{
    /// <summary>
    /// The linear scaling rule (Goyal et al. 2017, "Accurate, large minibatch SGD: training ImageNet in 1 hour"):
    /// when the batch grows by k, multiply the rate by k. Digits, SGD with momentum, the same number of epochs at every
    /// batch size, once with the base rate kept (unscaled) and once with η = η₀·B/B₀ (scaled), over seeds. The claim:
    /// per seed, the spread (largest − smallest final validation loss across the batch sizes) of the scaled runs is
    /// smaller than that of the unscaled ones, beyond the seed-to-seed noise (paired comparison); and at the breaking
    /// batch size the rule asks for a rate beyond the network's stability limit, and the runs collapse.
    /// </summary>
    /// <param name="data">The digits split.</param>
    /// <param name="settings">Network, base batch and rate, batch sizes, epochs and seeds; null for the notebook's.</param>
    public static LinearScalingResult LinearScaling(DataSplit data, LinearScalingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var s = settings ?? new LinearScalingSettings();
        var network = Network.ForDigits([.. s.Hidden]);
        var configs = new List<(string Kind, int Batch, double Rate)>();
        foreach (int b in s.BatchSizes) configs.Add(("unscaled", b, s.BaseRate));
        foreach (int b in s.BatchSizes) configs.Add(("scaled", b, s.BaseRate * b / s.BaseBatch));
        configs.Add(("scaled", s.BreakingBatch, s.BaseRate * s.BreakingBatch / s.BaseBatch));
        var jobs = configs.SelectMany(c => s.Seeds.Select(seed => (c.Kind, c.Batch, c.Rate, Seed: seed))).ToArray();
        var results = Sweep.Map(jobs, j => Trainer.Train(network, data, Optimizer.Sgd(j.Rate, momentum: s.Momentum),
            new TrainingOptions { Epochs = s.Epochs, BatchSize = j.Batch, Seed = j.Seed, Label = $"{j.Kind}: B = {j.Batch}, η = {Numbers.Format(j.Rate)}" }));
        int perConfig = s.Seeds.Count, sizes = s.BatchSizes.Count;
        TrainingResult[][] runs = [.. Enumerable.Range(0, configs.Count).Select(c => results.Skip(c * perConfig).Take(perConfig).ToArray())];
        double Loss(TrainingResult r) => r.Status.Diverged ? double.PositiveInfinity : r.Epochs[^1].ValidationLoss;
        double[] Spreads(int offset) => [.. Enumerable.Range(0, perConfig).Select(k =>
        {
            var losses = Enumerable.Range(0, sizes).Select(b => Loss(runs[offset + b][k])).ToArray();
            return losses.Max() - losses.Min();
        })];
        double[] unscaled = Spreads(0), scaled = Spreads(sizes);
        var comparison = PairedComparison.Of(unscaled, scaled);
        var breaking = runs[^1];
        double breakAccuracy = breaking.Average(r => r.FinalValidationAccuracy ?? 0);
        double baseAccuracy = runs[sizes].Average(r => r.FinalValidationAccuracy ?? 0);
        bool holds = comparison.AIsLarger && breakAccuracy <= baseAccuracy - s.BreakDrop;
        string evidence = $"spread of the final validation loss across B = {string.Join(", ", s.BatchSizes)} ({s.Epochs} epochs, {perConfig} seeds): "
            + $"unscaled η = {Numbers.Format(s.BaseRate)}: {Numbers.Format(unscaled.Average())}, scaled η = {Numbers.Format(s.BaseRate)}·B/{s.BaseBatch}: "
            + $"{Numbers.Format(scaled.Average())}; unscaled − scaled: {comparison}; "
            + $"at B = {s.BreakingBatch} the rule asks for η = {Numbers.Format(s.BaseRate * s.BreakingBatch / s.BaseBatch)}: "
            + $"mean accuracy {Numbers.Percent(breakAccuracy)} against {Numbers.Percent(baseAccuracy)} at B = {s.BatchSizes[0]}";
        return new LinearScalingResult(s.BatchSizes, runs[..sizes], runs[sizes..(2 * sizes)], breaking, unscaled, scaled, comparison, holds, evidence);
    }
}
