using System.Runtime.CompilerServices;

namespace LrNotebooks.Core;

/// <summary>
/// Argument checks shared by every public factory and method. Each throws an
/// <see cref="ArgumentException"/>-family error whose message names the parameter and the allowed range.
/// </summary>
public static class Guard
{
    /// <summary>Requires a finite value &gt; 0.</summary>
    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0 (allowed range (0, +inf)), but was {Format(value)}.");
        return value;
    }

    /// <summary>Requires a finite value &gt;= 0.</summary>
    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number >= 0 (allowed range [0, +inf)), but was {Format(value)}.");
        return value;
    }

    /// <summary>Requires a finite value.</summary>
    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number, but was {Format(value)}.");
        return value;
    }

    /// <summary>
    /// Requires <paramref name="min"/> (&lt; or &lt;=) value (&lt; or &lt;=) <paramref name="max"/>;
    /// the flags choose open or closed ends, and the message shows the interval in that notation.
    /// </summary>
    public static double InRange(double value, double min, double max, bool minInclusive = true, bool maxInclusive = true,
        [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        bool ok = double.IsFinite(value)
            && (minInclusive ? value >= min : value > min)
            && (maxInclusive ? value <= max : value < max);
        if (!ok)
        {
            string interval = $"{(minInclusive ? "[" : "(")}{Format(min)}, {Format(max)}{(maxInclusive ? "]" : ")")}";
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in {interval}, but was {Format(value)}.");
        }
        return value;
    }

    /// <summary>Requires an integer &gt;= <paramref name="min"/>.</summary>
    public static int AtLeast(int value, int min, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be an integer >= {min}, but was {value}.");
        return value;
    }

    /// <summary>Requires a non-empty span.</summary>
    public static void NotEmpty<T>(ReadOnlySpan<T> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        if (values.IsEmpty)
            throw new ArgumentException($"{name} must not be empty (length >= 1).", name);
    }

    /// <summary>Requires two spans of equal length.</summary>
    public static void SameLength(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string? name = null)
    {
        if (expected != actual)
            throw new ArgumentException($"{name} must have length {expected} (the same as the parameters), but had length {actual}.", name);
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
