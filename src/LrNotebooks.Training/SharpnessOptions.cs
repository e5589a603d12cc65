using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// Asks <see cref="Trainer"/> to measure the sharpness (largest Hessian eigenvalue of the full training loss) during a run,
/// by power iteration on exact Hessian-vector products (<see cref="NetworkHessian.Sharpness"/>), each measurement warm-started
/// from the previous eigenvector. Recorded in <see cref="TrainingResult.Sharpness"/>.
/// </summary>
public sealed record SharpnessOptions
{
    private readonly int _every = 10;
    private readonly double _tolerance = 1e-3;
    private readonly int _maxIterations = 100;
    private readonly double _l2;

    /// <summary>Measure before global steps 0, k, 2k, … and after the last step; k &gt;= 1. Default 10.</summary>
    public int Every { get => _every; init => _every = Guard.AtLeast(value, 1, nameof(Every)); }

    /// <summary>Relative change of the estimate that ends a power iteration, in (0, 1). Default 1e-3.</summary>
    public double Tolerance { get => _tolerance; init => _tolerance = Guard.InRange(value, 0, 1, minInclusive: false, maxInclusive: false, nameof(Tolerance)); }

    /// <summary>The most Hessian-vector products per measurement, &gt;= 1. Default 100.</summary>
    public int MaxIterations { get => _maxIterations; init => _maxIterations = Guard.AtLeast(value, 1, nameof(MaxIterations)); }

    /// <summary>Seed of the first power iteration's random start. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>λ of an L2 term λ/2·‖θ‖² included in the measured loss (e.g. SGD's weight decay); default 0 (cross-entropy only).</summary>
    public double L2 { get => _l2; init => _l2 = Guard.NonNegative(value, nameof(L2)); }
}
