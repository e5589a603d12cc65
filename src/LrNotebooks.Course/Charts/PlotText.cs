namespace LrNotebooks.Course;

/// <summary>
/// User text (run labels, series names, marker labels) made safe for plotly.js, which reads trace names,
/// annotations and hover labels as a small HTML subset: "η &lt; 2/L &amp; more" would otherwise lose its "&lt;"
/// part or start a tag. Chart and axis titles are left as given, so they may use that subset on purpose
/// (e.g. "x&lt;sub&gt;T&lt;/sub&gt;").
/// </summary>
internal static class PlotText
{
    /// <summary>The text with &amp;, &lt; and &gt; as entities, which plotly.js shows as the characters themselves.</summary>
    public static string Plain(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Text for a hover template, where %{...} would be read as a placeholder.</summary>
    public static string InTemplate(string text) => text.Replace("%{", "% {", StringComparison.Ordinal);

    /// <summary>A label shown inside a hover template: plain text, no placeholders.</summary>
    public static string Label(string text) => InTemplate(Plain(text));
}
