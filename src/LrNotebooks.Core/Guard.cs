using System.Runtime.CompilerServices;

namespace LrNotebooks.Core;

/// <summary>
/// The argument checks of every library of the course (Core, Training and Course): each throws an
/// <see cref="ArgumentException"/>-family error whose message names the parameter and the allowed range, and
/// returns the checked value so a check reads as an assignment. Public so that the libraries built on Core
/// check their arguments the same way and word their messages alike.
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

    /// <summary>Requires a finite value &gt;= <paramref name="min"/>, where the bound may be another argument (named by <paramref name="minName"/>).</summary>
    public static double AtLeast(double value, double min, string? minName = null,
        [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value) || value < min)
        {
            string bound = minName is null ? Format(min) : $"{minName} = {Format(min)}";
            throw new ArgumentOutOfRangeException(name, value,
                $"{name} must be a finite number >= {bound} (allowed range [{Format(min)}, +inf)), but was {Format(value)}.");
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

    /// <summary>Requires an index in [0, <paramref name="count"/> - 1].</summary>
    public static int Index(int index, int count, [CallerArgumentExpression(nameof(index))] string? name = null)
    {
        if ((uint)index >= (uint)count)
            throw new ArgumentOutOfRangeException(name, index, $"{name} must be in [0, {count - 1}], but was {index}.");
        return index;
    }

    /// <summary>Requires a non-empty span.</summary>
    public static void NotEmpty<T>(ReadOnlySpan<T> values, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        if (values.IsEmpty)
            throw new ArgumentException($"{name} must not be empty (length >= 1).", name);
    }

    /// <summary>
    /// Requires <paramref name="actual"/> == <paramref name="expected"/> items; <paramref name="what"/> says what the
    /// length must match, e.g. "one per learning rate".
    /// </summary>
    public static void SameLength(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string? name = null,
        string what = "the same as the parameters")
    {
        if (expected != actual)
            throw new ArgumentException($"{name} must have length {expected} ({what}), but had length {actual}.", name);
    }

    /// <summary>Requires a non-null reference.</summary>
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class =>
        value ?? throw new ArgumentNullException(name, $"{name} must not be null.");

    /// <summary>Requires a non-null sequence of at least one item, none of them null; returns the items as an array.</summary>
    public static T[] Items<T>(IEnumerable<T?>? items, [CallerArgumentExpression(nameof(items))] string? name = null) where T : class
    {
        NotNull(items, name);
        var array = items!.ToArray();
        if (array.Length == 0)
            throw new ArgumentException($"{name} must contain at least one item (length >= 1), but was empty.", name);
        for (int i = 0; i < array.Length; i++)
            if (array[i] is null)
                throw new ArgumentNullException(name, $"{name}[{i}] must not be null.");
        return array!;
    }

    /// <summary>Requires a non-null text with at least one non-whitespace character.</summary>
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{name} must be a non-empty text (at least one non-whitespace character), but was {(value is null ? "null" : $"\"{value}\"")}.", name);
        return value;
    }

    /// <summary>Requires a defined member of <typeparamref name="T"/>.</summary>
    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw new ArgumentOutOfRangeException(name, value,
                $"{name} must be one of {string.Join(", ", Enum.GetNames<T>())}, but was {value}.");
        return value;
    }

    /// <summary>Requires a non-null array of strictly increasing integers, each &gt;= <paramref name="min"/>; returns a private copy.</summary>
    public static int[] StrictlyIncreasing(int[]? values, int min, [CallerArgumentExpression(nameof(values))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] < min)
                throw new ArgumentOutOfRangeException(name, values[i],
                    $"{name}[{i}] must be an integer >= {min}, but was {values[i]}.");
            if (i > 0 && values[i] <= values[i - 1])
                throw new ArgumentException(
                    $"{name} must be strictly increasing, but {name}[{i}] = {values[i]} follows {name}[{i - 1}] = {values[i - 1]}.", name);
        }
        return (int[])values.Clone();
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
