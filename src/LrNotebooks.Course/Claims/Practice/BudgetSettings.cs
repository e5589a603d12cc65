namespace LrNotebooks.Course;

/// <summary>Settings of the budget comparisons (<see cref="PracticeClaims.CosineBaselines"/>, <see cref="PracticeClaims.WarmupStableDecay"/>,
/// <see cref="PracticeClaims.ScheduleFree"/>); the defaults are the notebook's.</summary>
public sealed record BudgetSettings
{
    /// <summary>Hidden layer sizes of the digits network.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [32];

    /// <summary>Peak rate of cosine and warmup-stable-decay (SGD with momentum).</summary>
    public double Rate { get; init; } = 0.1;

    /// <summary>SGD momentum (for schedule-free SGD: its interpolation β).</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>Rows per batch.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The training budgets in epochs, increasing.</summary>
    public IReadOnlyList<int> Budgets { get; init; } = [5, 10, 20];

    /// <summary>Seeds (initial weights and shuffles).</summary>
    public IReadOnlyList<int> Seeds { get; init; } = [0, 1, 2];

    /// <summary>The cool-down's share of each budget's steps.</summary>
    public double CooldownFraction { get; init; } = 0.2;

    /// <summary>Allowed excess of the WSD / cosine loss ratio (geometric mean over seeds) over 1.</summary>
    public double Tolerance { get; init; } = 0.1;

    /// <summary>Rate of schedule-free SGD.</summary>
    public double ScheduleFreeRate { get; init; } = 1.0;

    /// <summary>Warm-up steps of schedule-free SGD.</summary>
    public int ScheduleFreeWarmup { get; init; } = 45;

    /// <summary>How far (fraction) schedule-free's mean accuracy may fall below cosine's at a budget.</summary>
    public double AccuracyTolerance { get; init; } = 0.005;
}
