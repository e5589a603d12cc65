namespace LrNotebooks.Course;

/// <summary>Settings of <see cref="PracticeClaims.WarmUp"/>; the defaults are the notebook's.</summary>
public sealed record WarmUpSettings
{
    /// <summary>Hidden layer sizes of the digits network.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [32];

    /// <summary>The peak rate as a multiple of the Adam range test's suggestion (minimum / 10).</summary>
    public double PeakFactor { get; init; } = 3;

    /// <summary>Steps of the linear warm-up (45 steps = one epoch of batches of 32).</summary>
    public int WarmupSteps { get; init; } = 45;

    /// <summary>The warm-up's first rate as a fraction of the peak.</summary>
    public double WarmupStartFactor { get; init; } = 0.01;

    /// <summary>Epochs of every run.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seeds (initial weights and shuffles).</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [0, 1, 2, 3, 4, 5, 6, 7];

    /// <summary>Steps over which the update size is recorded.</summary>
    public int UpdateSteps { get; init; } = 100;

    /// <summary>Least ratio of the early to the late update size per unit rate.</summary>
    public double EarlyToLate { get; init; } = 2;
}
