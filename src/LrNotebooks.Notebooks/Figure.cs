namespace LrNotebooks.Notebooks;

/// <summary>
/// The one answer to "is this output a figure?", and which representation of it to draw. A figure is a
/// rich output that carries a Plotly figure as data (<see cref="PlotlyJsonMimeType"/>), or, from formatters
/// that only send HTML, a <c>text/html</c> representation that draws a Plotly chart. The JSON is preferred
/// when both are present: it is the figure itself, the HTML only a way to draw it.
/// </summary>
/// <param name="Kind">Which representation holds the figure.</param>
/// <param name="Content">The figure JSON (<see cref="FigureKind.PlotlyJson"/>) or the HTML that draws it.</param>
public sealed record Figure(FigureKind Kind, string Content)
{
    /// <summary>The MIME type of a Plotly figure as data (<c>data</c>, <c>layout</c>, <c>config</c>).</summary>
    public const string PlotlyJsonMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The call every Plotly chart's HTML makes to draw itself.</summary>
    public const string PlotlyHtmlMarker = "Plotly.newPlot(";

    /// <summary>The figure <paramref name="output"/> holds, or null when it is not a figure.</summary>
    public static Figure? Of(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output is not RichOutput rich) return null;
        if (rich.Data.TryGetValue(PlotlyJsonMimeType, out var json) && json.Length > 0)
            return new Figure(FigureKind.PlotlyJson, json);
        if (rich.Data.TryGetValue("text/html", out var html) && html.Contains(PlotlyHtmlMarker, StringComparison.Ordinal))
            return new Figure(FigureKind.PlotlyHtml, html);
        return null;
    }

    /// <summary>True when <paramref name="output"/> is a figure.</summary>
    public static bool IsFigure(CellOutput output) => Of(output) is not null;
}
