namespace LrNotebooks.Training;

/// <summary>One sharpness measurement of a training run.</summary>
/// <param name="Step">The global batch step it was taken before (the number of updates so far).</param>
/// <param name="Value">The largest Hessian eigenvalue of the full training loss at that point (power-iteration estimate).</param>
/// <param name="Iterations">Hessian-vector products used.</param>
/// <param name="Converged">Whether the power iteration met its tolerance before its cap.</param>
public sealed record SharpnessPoint(int Step, double Value, int Iterations, bool Converged);
