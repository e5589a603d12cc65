namespace LrNotebooks.Course;

/// <summary>
/// The course's colours: the Okabe–Ito palette (Okabe &amp; Ito 2008), distinguishable with every common form of
/// colour-vision deficiency, ordered so that the first colours have the strongest contrast on white.
/// Colour is never the only difference: neighbouring series also differ in dash pattern (and, where a chart
/// shows markers, in marker symbol), and past eight series the colours repeat with a shifted dash pattern.
/// </summary>
public static class Palette
{
    /// <summary>Blue, orange, bluish green, vermillion, reddish purple, sky blue, black, yellow.</summary>
    public static IReadOnlyList<string> Colors { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"];

    /// <summary>Dash patterns, cycled over the series.</summary>
    public static IReadOnlyList<string> Dashes { get; } = ["solid", "dash", "dot", "dashdot"];

    /// <summary>The colour of series <paramref name="index"/> (0-based).</summary>
    public static string Color(int index) => Colors[Math.Abs(index) % Colors.Count];

    /// <summary>Marker symbols, cycled over the series.</summary>
    public static IReadOnlyList<string> Symbols { get; } = ["circle", "square", "diamond", "triangle-up", "x", "triangle-down", "cross", "star"];

    /// <summary>
    /// The dash pattern of series <paramref name="index"/>: solid, dash, dot, dashdot, solid, ...; shifted by one
    /// for each round of colours, so no two of the first 32 series share both colour and dash.
    /// </summary>
    public static string Dash(int index) => Dashes[(Math.Abs(index) + Math.Abs(index) / Colors.Count) % Dashes.Count];

    /// <summary>The marker symbol of series <paramref name="index"/>.</summary>
    public static string Symbol(int index) => Symbols[Math.Abs(index) % Symbols.Count];

    /// <summary>Neutral grey for reference lines (stability limits, suggestions, raw data).</summary>
    public const string Neutral = "#6B6B6B";
}
