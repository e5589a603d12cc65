namespace LrNotebooks.Training;

/// <summary>Options of <see cref="Trainer"/>: epochs, batch size, seeds, divergence rule, label and progress callback.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training set, &gt;= 1. Default 20.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Rows per mini-batch, &gt;= 1 (PyTorch <c>DataLoader(batch_size=...)</c>; the last batch of an epoch may be smaller, as with <c>drop_last=False</c>). Default 32.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Seed of the initial weights (<see cref="Network.InitialParameters"/>). Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Seed of the batch order: each epoch the training rows are put in a fresh Fisher-Yates order drawn from
    /// one <c>new Random(ShuffleSeed)</c> made at the start of the run. Null (the default) means <c>Seed + 1</c>,
    /// so one seed fixes the whole run while weights and order still come from different generators.
    /// </summary>
    public int? ShuffleSeed { get; init; }

    /// <summary>
    /// A run is stopped as diverged when a mini-batch loss is non-finite or exceeds this factor times the
    /// first mini-batch loss (also when a step makes a parameter non-finite). Must be &gt; 1; may be
    /// <see cref="double.PositiveInfinity"/> to stop on non-finite values only. Default 1000.
    /// </summary>
    public double DivergenceFactor { get; init; } = 1000;

    /// <summary>The legend label of the result; null builds one from the network, optimizer and schedule.</summary>
    public string? Label { get; init; }

    /// <summary>Called synchronously on the training thread after every completed epoch (e.g. to print progress).</summary>
    public Action<EpochMetrics>? Progress { get; init; }

    /// <summary>
    /// Measure the sharpness of the full training loss every <see cref="SharpnessOptions.Every"/> steps (and after the last),
    /// into <see cref="TrainingResult.Sharpness"/>; null (the default) = never. Each measurement costs a few to a few dozen
    /// Hessian-vector products over the whole training set.
    /// </summary>
    public SharpnessOptions? Sharpness { get; init; }

    /// <summary>The seed actually used for the batch order.</summary>
    public int EffectiveShuffleSeed => ShuffleSeed ?? unchecked(Seed + 1);
}
