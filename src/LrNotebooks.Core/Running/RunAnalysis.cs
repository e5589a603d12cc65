namespace LrNotebooks.Core.Running;

/// <summary>Measurements the notebooks take of runs again and again: time to tolerance, oscillation, monotonicity, error curves.</summary>
public static class RunAnalysis
{
    /// <summary>
    /// The first step k with f(x_k) − f* &lt;= <paramref name="tolerance"/> (the same test as <see cref="RunOptions.Tolerance"/>),
    /// or null if the run never gets there.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="minimumValue">f*, e.g. <c>surface.MinimumValue</c>; finite.</param>
    /// <param name="tolerance">The tolerance, finite and &gt;= 0.</param>
    public static int? StepsToTolerance(this Trajectory run, double minimumValue, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(run);
        Guard.Finite(minimumValue);
        Guard.NonNegative(tolerance);
        for (int k = 0; k < run.Losses.Count; k++)
            if (run.Losses[k] - minimumValue <= tolerance) return k;
        return null;
    }

    /// <summary>
    /// How often the sign of values[t] − <paramref name="center"/> flips along the sequence (exact zeros carry no sign and
    /// are skipped). For iterates x_t of gradient descent on a quadratic, every step flips the sign of x_t − x* when
    /// 1/L &lt; η &lt; 2/L, and none does when η &lt; 1/L.
    /// </summary>
    /// <param name="values">The sequence.</param>
    /// <param name="center">The reference value, finite.</param>
    public static int SignChanges(IReadOnlyList<double> values, double center = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.Finite(center);
        int changes = 0, previous = 0;
        foreach (double v in values)
        {
            int sign = Math.Sign(v - center);
            if (sign == 0) continue;
            if (previous != 0 && sign != previous) changes++;
            previous = sign;
        }
        return changes;
    }

    /// <summary>Sign flips of x_t[<paramref name="coordinate"/>] − <paramref name="center"/> along the run; see <see cref="SignChanges(IReadOnlyList{double}, double)"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="center">The reference value, usually the minimum's coordinate; finite.</param>
    /// <param name="coordinate">The coordinate index, 0 &lt;= coordinate &lt; dimension.</param>
    public static int SignChanges(this Trajectory run, double center, int coordinate = 0)
    {
        ArgumentNullException.ThrowIfNull(run);
        CheckCoordinate(run, coordinate);
        return SignChanges(run.Points.Select(p => p[coordinate]).ToArray(), center);
    }

    /// <summary>
    /// Whether the sequence never goes up by more than <paramref name="tolerance"/>: values[t+1] − values[t] &lt;= tolerance
    /// for every t (tolerance 0 = monotone non-increasing).
    /// </summary>
    /// <param name="values">The sequence, e.g. a run's losses.</param>
    /// <param name="tolerance">Allowed rise per step, finite and &gt;= 0.</param>
    public static bool IsNonIncreasing(IReadOnlyList<double> values, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(values);
        Guard.NonNegative(tolerance);
        for (int t = 1; t < values.Count; t++)
            if (values[t] - values[t - 1] > tolerance) return false;
        return true;
    }

    /// <summary>Whether the run's loss never goes up (by more than <paramref name="tolerance"/>); see <see cref="IsNonIncreasing"/>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="tolerance">Allowed rise per step, finite and &gt;= 0.</param>
    public static bool LossIsNonIncreasing(this Trajectory run, double tolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(run);
        return IsNonIncreasing(run.Losses, tolerance);
    }

    /// <summary>The optimality gaps f(x_t) − f* along the run (for a log-scale error plot).</summary>
    /// <param name="run">The run.</param>
    /// <param name="minimumValue">f*, finite.</param>
    public static double[] OptimalityGaps(this Trajectory run, double minimumValue)
    {
        ArgumentNullException.ThrowIfNull(run);
        Guard.Finite(minimumValue);
        return run.Losses.Select(f => f - minimumValue).ToArray();
    }

    /// <summary>The Euclidean distances |x_t − <paramref name="point"/>| along the run, e.g. to the minimum.</summary>
    /// <param name="run">The run.</param>
    /// <param name="point">The reference point, of the run's dimension.</param>
    public static double[] DistancesTo(this Trajectory run, IReadOnlyList<double> point)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(point);
        if (point.Count != run.Points[0].Length)
            throw new ArgumentException($"point must have length {run.Points[0].Length} (the run's dimension), but had length {point.Count}.", nameof(point));
        return run.Points.Select(p =>
        {
            double s = 0;
            for (int i = 0; i < p.Length; i++) s += (p[i] - point[i]) * (p[i] - point[i]);
            return Math.Sqrt(s);
        }).ToArray();
    }

    private static void CheckCoordinate(Trajectory run, int coordinate)
    {
        int dimension = run.Points[0].Length;
        if (coordinate < 0 || coordinate >= dimension)
            throw new ArgumentOutOfRangeException(nameof(coordinate), coordinate,
                $"coordinate must be an integer in [0, {dimension - 1}] (the run's dimension is {dimension}), but was {coordinate}.");
    }
}
