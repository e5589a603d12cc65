namespace LrNotebooks.Course;

/// <summary>Settings of <see cref="PracticeClaims.GradientNoise"/>; the defaults are the notebook's.</summary>
public sealed record GradientNoiseSettings
{
    /// <summary>Hidden layer sizes of the digits network.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [32];

    /// <summary>The batch sizes compared, each between 1 and the training rows − 1.</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [4, 16, 64, 256];

    /// <summary>Random batches drawn per batch size.</summary>
    public int Batches { get; init; } = 200;

    /// <summary>Seed of the initial parameters and of the batch draws.</summary>
    public int Seed { get; init; }

    /// <summary>Allowed relative distance of each measured variance from the prediction.</summary>
    public double Tolerance { get; init; } = 0.2;

    /// <summary>Allowed distance of the log-log slope from −1.</summary>
    public double SlopeTolerance { get; init; } = 0.1;
}
