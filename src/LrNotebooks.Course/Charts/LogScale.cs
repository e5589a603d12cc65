namespace LrNotebooks.Course;

/// <summary>
/// Keeps data drawable on a logarithmic axis. plotly.js silently drops values &lt;= 0 there, so those (a loss that
/// reached exactly 0, or a gap f - f* rounded to -1e-17) are drawn at a floor one decade below the smallest positive
/// value of the chart, and the chart says so. Every positive value is drawn where it is, however small (a fast run
/// reaching 1e-30 is shown reaching 1e-30, not stuck at some cut-off).
/// </summary>
internal static class LogScale
{
    /// <summary>The floor when a chart has no positive value at all (its zeros are then drawn at 1e-16).</summary>
    public const double Fallback = 1e-16;

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

    /// <summary>
    /// Where values &lt;= 0 are drawn: a tenth of the smallest positive finite value (never below the smallest
    /// positive double), or <see cref="Fallback"/> when there is none.
    /// </summary>
    public static double Floor(IEnumerable<double> values)
    {
        double min = double.PositiveInfinity;
        foreach (var v in values)
            if (double.IsFinite(v) && v > 0) min = Math.Min(min, v);
        return double.IsFinite(min) ? Math.Max(min / 10, double.Epsilon) : Fallback;
    }

    /// <summary>The value to draw: on a log axis a value &lt;= 0 becomes <paramref name="floor"/>, any other value is unchanged.</summary>
    public static double Clip(double value, double floor, bool log) => log && value <= 0 ? floor : value;

    /// <summary>Tells under the title how many values were drawn at the floor, e.g. "3 losses of 0 drawn at 1.2e-31".</summary>
    public static void NoteFloor(FigureBuilder figure, IEnumerable<double> values, double floor, string one, string many)
    {
        int zeros = 0, negative = 0;
        foreach (var v in values)
        {
            if (v == 0) zeros++;
            else if (v < 0) negative++;
        }
        if (zeros + negative > 0)
            figure.Note($"{zeros + negative} {(zeros + negative == 1 ? one : many)} {(negative == 0 ? "of 0" : "≤ 0")} drawn at {NumberText.Short(floor)}");
    }
}
