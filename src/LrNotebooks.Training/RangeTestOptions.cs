namespace LrNotebooks.Training;

/// <summary>Options of <see cref="RangeTest"/>; the defaults are fast.ai's <c>lr_find</c> defaults where it has them.</summary>
public sealed record RangeTestOptions
{
    /// <summary>The learning rate of the first step, finite and &gt; 0. Default 1e-7 (fast.ai).</summary>
    public double StartLearningRate { get; init; } = 1e-7;

    /// <summary>The learning rate of the last planned step, &gt; <see cref="StartLearningRate"/>. Default 10 (fast.ai).</summary>
    public double EndLearningRate { get; init; } = 10;

    /// <summary>
    /// Planned steps (mini-batches), &gt;= 2; the data is reshuffled and reused when it exceeds one pass.
    /// Null (the default) means one pass over the training set, e.g. 45 steps for the 1,438 digits training
    /// images at batch size 32 (fast.ai uses 100 steps; with so few steps the smoothing lags visibly, so more
    /// steps give a cleaner curve).
    /// </summary>
    public int? Steps { get; init; }

    /// <summary>Rows per mini-batch, &gt;= 1. Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Seed of the initial weights; the batch order uses <c>Seed + 1</c> (as in <see cref="TrainingOptions"/>). Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>The smoothing factor beta of the running average, in [0, 1). Default 0.98 (fast.ai).</summary>
    public double Smoothing { get; init; } = 0.98;

    /// <summary>The test stops when the smoothed loss exceeds this multiple of its best value, &gt; 1. Default 4 (fast.ai).</summary>
    public double StopFactor { get; init; } = 4;
}
