namespace LrNotebooks.Course;

/// <summary>Settings of <see cref="PracticeClaims.LinearScaling"/>; the defaults are the notebook's.</summary>
public sealed record LinearScalingSettings
{
    /// <summary>Hidden layer sizes of the digits network.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [32];

    /// <summary>The batch size at which <see cref="BaseRate"/> is right.</summary>
    public int BaseBatch { get; init; } = 32;

    /// <summary>The learning rate at <see cref="BaseBatch"/>.</summary>
    public double BaseRate { get; init; } = 0.05;

    /// <summary>SGD momentum.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>The batch sizes compared (the first is normally <see cref="BaseBatch"/>).</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [32, 64, 128, 256];

    /// <summary>A batch size at which the scaled rate is beyond the stability limit.</summary>
    public int BreakingBatch { get; init; } = 1024;

    /// <summary>Least drop of mean accuracy (fraction) at <see cref="BreakingBatch"/> below the base batch's.</summary>
    public double BreakDrop { get; init; } = 0.2;

    /// <summary>Epochs of every run (the same data budget at every batch size).</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seeds (initial weights and shuffles).</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [0, 1, 2, 3];
}
