using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core;

/// <summary>
/// Number formatting for lesson output: short, culture-invariant and readable at a glance, so tables,
/// claims and exercise feedback all print numbers the same way.
/// </summary>
public static class Numbers
{
    /// <summary>
    /// Formats <paramref name="value"/>: whole numbers below 10⁶ in magnitude exactly (<c>33361</c>), anything
    /// else with <paramref name="significantDigits"/> significant digits: plain notation for 0.001 &lt;= |x| &lt; 10 000 (<c>0.5</c>, <c>0.333</c>, <c>1240</c>), compact scientific
    /// notation otherwise (<c>1.5e-7</c>, <c>3.2e+12</c>); trailing zeros are dropped; NaN and infinities are
    /// spelled out (<c>NaN</c>, <c>+inf</c>, <c>-inf</c>).
    /// </summary>
    public static string Format(double value, int significantDigits = 3)
    {
        Guard.InRange(significantDigits, 1, 15);
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "+inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (value == 0) return "0";
        // Whole numbers such as step counts print exactly; rounding 33361 to "3.34e+4" would hide information.
        if (Math.Abs(value) < 1e6 && value == Math.Floor(value)) return ((long)value).ToString(CultureInfo.InvariantCulture);

        double rounded = RoundToSignificant(value, significantDigits);
        double magnitude = Math.Abs(rounded);
        if (magnitude >= 1e-3 && magnitude < 1e4)
        {
            int exponent = (int)Math.Floor(Math.Log10(magnitude));
            int decimals = Math.Max(0, significantDigits - 1 - exponent);
            string plain = rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
            return plain.Contains('.') ? plain.TrimEnd('0').TrimEnd('.') : plain;
        }

        string scientific = rounded.ToString("E" + (significantDigits - 1), CultureInfo.InvariantCulture);
        int e = scientific.IndexOf('E');
        string mantissa = scientific[..e];
        if (mantissa.Contains('.')) mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        int power = int.Parse(scientific[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return $"{mantissa}e{(power < 0 ? "-" : "+")}{Math.Abs(power)}";
    }

    /// <summary>Formats a fraction as a percentage with up to one decimal: 0.25 -> <c>25%</c>, 0.1234 -> <c>12.3%</c>.</summary>
    public static string Percent(double fraction)
    {
        Guard.Finite(fraction);
        return Math.Round(fraction * 100, 1).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>Formats a list of numbers as <c>[a, b, c]</c> with <see cref="Format"/>.</summary>
    public static string List(IEnumerable<double> values, int significantDigits = 3)
    {
        ArgumentNullException.ThrowIfNull(values);
        return "[" + string.Join(", ", values.Select(v => Format(v, significantDigits))) + "]";
    }

    /// <summary>
    /// Formats a matrix as aligned rows between bars, one row per line, e.g. for a Hessian
    /// <c>| 0.2  0 |</c> over <c>| 0    4 |</c>; entries use <see cref="Format"/> (so -0 prints as 0).
    /// </summary>
    public static string Matrix(Matrix<double> matrix, int significantDigits = 3)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Guard.InRange(significantDigits, 1, 15);
        var cells = new string[matrix.RowCount, matrix.ColumnCount];
        var widths = new int[matrix.ColumnCount];
        for (int i = 0; i < matrix.RowCount; i++)
            for (int j = 0; j < matrix.ColumnCount; j++)
            {
                cells[i, j] = Format(matrix[i, j], significantDigits);
                widths[j] = Math.Max(widths[j], cells[i, j].Length);
            }
        var rows = Enumerable.Range(0, matrix.RowCount)
            .Select(i => "| " + string.Join("  ", Enumerable.Range(0, matrix.ColumnCount).Select(j => cells[i, j].PadRight(widths[j]))) + " |");
        return string.Join(Environment.NewLine, rows);
    }

    private static double RoundToSignificant(double value, int digits)
    {
        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        int decimals = digits - 1 - exponent;
        // Math.Round takes at most 15 decimals; beyond that, scale explicitly.
        if (decimals is >= 0 and <= 15) return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        double scale = Math.Pow(10, decimals);
        double scaled = Math.Round(value * scale, MidpointRounding.AwayFromZero) / scale;
        return double.IsFinite(scaled) ? scaled : value;
    }
}
