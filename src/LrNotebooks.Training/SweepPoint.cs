using System.Globalization;

namespace LrNotebooks.Training;

/// <summary>One run of a <see cref="SweepGrid"/>: its position, its axis indices and values.</summary>
/// <param name="Index">Position in <see cref="SweepGrid.Points"/>.</param>
/// <param name="OptimizerIndex">Index into <see cref="SweepGrid.Optimizers"/>.</param>
/// <param name="ScheduleIndex">Index into <see cref="SweepGrid.Schedules"/>.</param>
/// <param name="LearningRateIndex">Index into <see cref="SweepGrid.LearningRates"/>.</param>
/// <param name="SeedIndex">Index into <see cref="SweepGrid.Seeds"/>.</param>
/// <param name="LearningRate">The base learning rate.</param>
/// <param name="Schedule">The schedule choice.</param>
/// <param name="Optimizer">The optimizer choice.</param>
/// <param name="Seed">The seed.</param>
public sealed record SweepPoint(int Index, int OptimizerIndex, int ScheduleIndex, int LearningRateIndex, int SeedIndex,
    double LearningRate, ScheduleChoice Schedule, OptimizerChoice Optimizer, int Seed)
{
    /// <summary>A legend label, e.g. <c>SGD momentum 0.9, cosine, lr=0.1, seed 0</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Optimizer.Name}, {Schedule.Name}, lr={LearningRate:G4}, seed {Seed}");
}
