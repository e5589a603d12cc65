using System.Globalization;

namespace LrNotebooks.Course;

/// <summary>Numbers as short, culture-independent text for hover labels, legends and cell annotations.</summary>
internal static class NumberText
{
    /// <summary>Four significant digits, e.g. 0.1, 1.235e-05, 2/L = 0.6667.</summary>
    public static string Short(double value) =>
        double.IsNaN(value) ? "not a number"
        : double.IsPositiveInfinity(value) ? "+infinity"
        : double.IsNegativeInfinity(value) ? "-infinity"
        : value.ToString("G4", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    /// <summary>Integer exponents lo..hi for colour-bar ticks, thinned to at most seven so the labels never overlap.</summary>
    public static int[] DecadeTicks(int lo, int hi)
    {
        int every = Math.Max(1, (int)Math.Ceiling((hi - lo + 1) / 7.0));
        return Enumerable.Range(lo, hi - lo + 1).Where(k => (k - lo) % every == 0).ToArray();
    }

    /// <summary>A power of ten as a tick label: 0.01 ... 1000 written out, 10<sup>k</sup> beyond.</summary>
    public static string PowerOfTen(int exponent) =>
        exponent is >= -2 and <= 3 ? Short(Math.Pow(10, exponent)) : $"10<sup>{exponent.ToString(CultureInfo.InvariantCulture)}</sup>";

    /// <summary>
    /// <paramref name="value"/> rounded to <paramref name="digits"/> significant digits, for bulky chart data (a contour
    /// grid) whose full 17-digit form would triple the size of the notebook without changing a pixel.
    /// </summary>
    public static double Rounded(double value, int digits) =>
        double.IsFinite(value) ? double.Parse(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;

    /// <summary>Three significant digits for heat-map cells.</summary>
    public static string Cell(double value) =>
        double.IsFinite(value) ? value.ToString("G3", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal) : "diverged";
}
