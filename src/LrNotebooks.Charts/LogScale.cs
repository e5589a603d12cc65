namespace LrNotebooks.Charts;

/// <summary>
/// Keeps data drawable on a logarithmic axis: plotly.js silently drops values &lt;= 0 there, and values down at
/// 1e-300 (a quadratic converging to machine zero) would stretch the axis over hundreds of empty decades.
/// </summary>
internal static class LogScale
{
    /// <summary>Values below <c>RelativeFloor</c> x the largest value are drawn at that floor (double precision's resolution).</summary>
    public const double RelativeFloor = 1e-16;

    /// <summary>Whether the positive values span at least <paramref name="decades"/> powers of ten.</summary>
    public static bool SpansDecades(IEnumerable<double> values, double decades)
    {
        double min = double.PositiveInfinity, max = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v)) continue;
            if (v <= 0) return false;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        return max > 0 && Math.Log10(max / min) >= decades;
    }

    /// <summary>The floor for a set of values: <see cref="RelativeFloor"/> x their largest finite value (or the smallest positive double).</summary>
    public static double Floor(IEnumerable<double> values)
    {
        double max = 0;
        foreach (var v in values)
            if (double.IsFinite(v)) max = Math.Max(max, v);
        return max > 0 ? Math.Max(max * RelativeFloor, double.Epsilon) : double.Epsilon;
    }

    /// <summary>The value to draw: clipped up to <paramref name="floor"/> on a log axis, unchanged on a linear one.</summary>
    public static double Clip(double value, double floor, bool log) => log ? Math.Max(value, floor) : value;
}
