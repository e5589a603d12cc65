using System.Globalization;
using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// One control of an <see cref="Explorable"/>: the name the reader sees, the values it steps through (each
/// computed in advance), how a value is written, and whether it is a slider or a row of buttons.
/// </summary>
/// <typeparam name="T">The parameter's type (a learning rate, a schedule name, ...).</typeparam>
public sealed record Parameter<T>
{
    /// <summary>A parameter shown as a slider (or as buttons with <paramref name="buttons"/>).</summary>
    /// <param name="name">What the control is called, e.g. "η" or "schedule".</param>
    /// <param name="values">The values, in control order; at least one.</param>
    /// <param name="label">How a value is written on the control; default: 3 significant digits for numbers, ToString otherwise.</param>
    /// <param name="buttons">Buttons instead of a slider (for a few named choices).</param>
    /// <param name="start">Index of the value shown first.</param>
    public Parameter(string name, IEnumerable<T> values, Func<T, string>? label = null, bool buttons = false, int start = 0)
    {
        Name = Guard.NotBlank(name, nameof(name));
        Values = Guard.NotNull(values, nameof(values)).ToArray();
        if (Values.Count == 0) throw new ArgumentException("A parameter needs at least one value.", nameof(values));
        if (start < 0 || start >= Values.Count)
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The first value shown must be an index in [0, {Values.Count - 1}].");
        Label = label ?? DefaultLabel;
        Buttons = buttons;
        Start = start;
    }

    /// <summary>What the control is called.</summary>
    public string Name { get; }

    /// <summary>The values, in control order.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>How a value is written on the control.</summary>
    public Func<T, string> Label { get; }

    /// <summary>Buttons instead of a slider.</summary>
    public bool Buttons { get; }

    /// <summary>Index of the value shown first.</summary>
    public int Start { get; }

    private static string DefaultLabel(T value) => value switch
    {
        double d => d.ToString("G3", CultureInfo.InvariantCulture),
        float f => f.ToString("G3", CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
