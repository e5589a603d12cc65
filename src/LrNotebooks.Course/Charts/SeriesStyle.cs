namespace LrNotebooks.Course;

/// <summary>How one series is drawn: its colour, dash pattern and marker symbol.</summary>
/// <param name="Color">A CSS colour, one of <see cref="Palette.Colors"/>.</param>
/// <param name="Dash">A plotly.js dash pattern: solid, dash, dot, dashdot, longdash, longdashdot.</param>
/// <param name="Symbol">A plotly.js marker symbol.</param>
public sealed record SeriesStyle(string Color, string Dash, string Symbol)
{
    /// <summary>The style of series <paramref name="index"/> of a chart whose series are not named after an optimizer or schedule.</summary>
    public static SeriesStyle At(int index) => new(Palette.Color(index), Palette.Dash(index), Palette.Symbol(index));
}
