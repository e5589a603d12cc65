using System.Globalization;

namespace LrNotebooks.Charts;

/// <summary>Numbers as short, culture-independent text for hover labels, legends and cell annotations.</summary>
internal static class NumberText
{
    /// <summary>Four significant digits, e.g. 0.1, 1.235e-05, 2/L = 0.6667.</summary>
    public static string Short(double value) =>
        double.IsNaN(value) ? "not a number"
        : double.IsPositiveInfinity(value) ? "+infinity"
        : double.IsNegativeInfinity(value) ? "-infinity"
        : value.ToString("G4", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    /// <summary>A power of ten as a tick label: 0.01 ... 1000 written out, 10<sup>k</sup> beyond.</summary>
    public static string PowerOfTen(int exponent) =>
        exponent is >= -2 and <= 3 ? Short(Math.Pow(10, exponent)) : $"10<sup>{exponent.ToString(CultureInfo.InvariantCulture)}</sup>";

    /// <summary>Three significant digits for heat-map cells.</summary>
    public static string Cell(double value) =>
        double.IsFinite(value) ? value.ToString("G3", CultureInfo.InvariantCulture) : "diverged";
}
