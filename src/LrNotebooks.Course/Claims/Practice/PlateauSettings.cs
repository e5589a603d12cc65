namespace LrNotebooks.Course;

/// <summary>Settings of <see cref="PracticeClaims.Plateau"/>; the defaults are the notebook's.</summary>
public sealed record PlateauSettings
{
    /// <summary>Hidden layer sizes of the digits network.</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [32];

    /// <summary>The starting rate.</summary>
    public double Rate { get; init; } = 0.3;

    /// <summary>SGD momentum.</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>The factor a reduction multiplies the rate by.</summary>
    public double Factor { get; init; } = 0.5;

    /// <summary>Epochs without improvement tolerated before a reduction.</summary>
    public int Patience { get; init; } = 1;

    /// <summary>Epochs of the run.</summary>
    public int Epochs { get; init; } = 25;

    /// <summary>Seed (initial weights and shuffles).</summary>
    public int Seed { get; init; }

    /// <summary>Least number of reductions for the run to count as a test of the rule.</summary>
    public int MinReductions { get; init; } = 2;
}
