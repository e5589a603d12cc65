using System.Globalization;
using System.Runtime.CompilerServices;

namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Argument checks the schedules need beyond <see cref="Guard"/>: lower bounds that are another
/// argument, enum values and integer sequences. Messages name the parameter and the allowed range,
/// like <see cref="Guard"/>'s.
/// </summary>
internal static class ScheduleChecks
{
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

    /// <summary>Short invariant number format for schedule names, e.g. <c>0.1</c>, <c>1E-04</c>.</summary>
    public static string Short(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
