namespace LrNotebooks.Notebooks;

/// <summary>
/// The one answer to "is this output a figure?": a rich output that carries a Plotly figure as data, the standard
/// <see cref="PlotlyJsonMimeType"/> representation (<c>data</c>, <c>layout</c>, <c>config</c>, <c>frames</c>). The
/// MIME type decides; no HTML is read. Its other representations (offline <c>text/html</c>, a <c>text/plain</c>
/// description) are ways to show the same figure.
/// </summary>
/// <param name="Json">The figure JSON.</param>
public sealed record Figure(string Json)
{
    /// <summary>The MIME type of a Plotly figure as data.</summary>
    public const string PlotlyJsonMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The figure <paramref name="output"/> holds, or null when it is not a figure.</summary>
    public static Figure? Of(CellOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output is RichOutput rich && rich.Data.TryGetValue(PlotlyJsonMimeType, out var json) && json.Length > 0
            ? new Figure(json)
            : null;
    }

    /// <summary>True when <paramref name="output"/> is a figure.</summary>
    public static bool IsFigure(CellOutput output) => Of(output) is not null;
}
