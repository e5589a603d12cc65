namespace LrNotebooks.Course;

/// <summary>Settings of <see cref="PracticeClaims.NoiseFloor"/>; the defaults are the notebook's.</summary>
public sealed record NoiseFloorSettings
{
    /// <summary>The two curvatures λ of the quadratic ½λ₁x² + ½λ₂y².</summary>
    public IReadOnlyList<double> Curvatures { get; init; } = [0.5, 1.0];

    /// <summary>Per-example gradient noise σ; a batch of B has noise σ/√B.</summary>
    public double Sigma { get; init; } = 1;

    /// <summary>The batch sizes compared.</summary>
    public IReadOnlyList<int> BatchSizes { get; init; } = [1, 4, 16];

    /// <summary>The values of η/B; each batch size runs at η = B · (η/B).</summary>
    public IReadOnlyList<double> RatesPerExample { get; init; } = [0.005, 0.01, 0.02];

    /// <summary>A batch size whose scaled rate at the largest η/B exceeds 2/λ_max: that run must diverge.</summary>
    public int BreakingBatchSize { get; init; } = 128;

    /// <summary>Steps per run; the floor is the mean loss over the second half.</summary>
    public int Steps { get; init; } = 2000;

    /// <summary>Seeds per ensemble.</summary>
    public int Seeds { get; init; } = 32;

    /// <summary>First noise seed.</summary>
    public int Seed { get; init; }

    /// <summary>Allowed relative distance of each floor from the formula.</summary>
    public double Tolerance { get; init; } = 0.15;

    /// <summary>Allowed distance of the power of the floor against η/B from 1.</summary>
    public double SlopeTolerance { get; init; } = 0.15;
}
