namespace LrNotebooks.Training;

/// <summary>The result of a power iteration for the sharpness (largest Hessian eigenvalue).</summary>
/// <param name="Value">The Rayleigh quotient vᵀHv of the last vector: the eigenvalue estimate.</param>
/// <param name="Iterations">The number of Hessian-vector products used.</param>
/// <param name="Converged">Whether the relative change fell below the tolerance before the iteration cap.</param>
/// <param name="Vector">The unit eigenvector estimate (a warm start for the next measurement).</param>
public sealed record SharpnessEstimate(double Value, int Iterations, bool Converged, double[] Vector);
