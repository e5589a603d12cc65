namespace LrNotebooks.Training;

/// <summary>One cell of a <see cref="SweepGrid"/> (an optimizer, a schedule and a learning rate) summarised over its seeds.</summary>
/// <param name="OptimizerIndex">Index into <see cref="SweepGrid.Optimizers"/>.</param>
/// <param name="ScheduleIndex">Index into <see cref="SweepGrid.Schedules"/>.</param>
/// <param name="LearningRateIndex">Index into <see cref="SweepGrid.LearningRates"/>.</param>
/// <param name="Optimizer">The optimizer's name.</param>
/// <param name="Schedule">The schedule's name.</param>
/// <param name="LearningRate">The base learning rate.</param>
/// <param name="Summary">The metric over the seeds.</param>
public sealed record SweepCell(int OptimizerIndex, int ScheduleIndex, int LearningRateIndex, string Optimizer, string Schedule,
    double LearningRate, SeedSummary Summary);
