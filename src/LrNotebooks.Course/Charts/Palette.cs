namespace LrNotebooks.Course;

/// <summary>
/// The course's colours: the Okabe–Ito palette (Okabe &amp; Ito 2008), distinguishable with every common form of
/// colour-vision deficiency, ordered so that the first colours have the strongest contrast on white.
/// Past eight series the colours repeat with a different dash pattern.
/// </summary>
public static class Palette
{
    /// <summary>Blue, orange, bluish green, vermillion, reddish purple, sky blue, black, yellow.</summary>
    public static IReadOnlyList<string> Colors { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"];

    /// <summary>Dash patterns used for the second, third, ... round of colours.</summary>
    public static IReadOnlyList<string> Dashes { get; } = ["solid", "dash", "dot", "dashdot"];

    /// <summary>The colour of series <paramref name="index"/> (0-based).</summary>
    public static string Color(int index) => Colors[Math.Abs(index) % Colors.Count];

    /// <summary>The dash pattern of series <paramref name="index"/>: solid for the first eight.</summary>
    public static string Dash(int index) => Dashes[Math.Abs(index) / Colors.Count % Dashes.Count];

    /// <summary>Neutral grey for reference lines (stability limits, suggestions, raw data).</summary>
    public const string Neutral = "#6B6B6B";
}
