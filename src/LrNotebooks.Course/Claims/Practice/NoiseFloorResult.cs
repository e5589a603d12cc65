using LrNotebooks.Core.Running;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.NoiseFloor"/> measured; the tables are [batch size, η/B].</summary>
/// <param name="BatchSizes">The batch sizes B.</param>
/// <param name="RatesPerExample">The values of η/B.</param>
/// <param name="Floors">Mean loss over the second half of the runs, mean over seeds.</param>
/// <param name="StandardErrors">Standard error of each floor over the seeds.</param>
/// <param name="Predicted">ησ²/(2B) · Σ 1/(2 − ηλ).</param>
/// <param name="Beyond">The run whose scaled rate exceeds 2/λ_max.</param>
/// <param name="Holds">Whether every check passed.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record NoiseFloorResult(IReadOnlyList<int> BatchSizes, IReadOnlyList<double> RatesPerExample, double[,] Floors,
    double[,] StandardErrors, double[,] Predicted, Trajectory Beyond, bool Holds, string Evidence);
