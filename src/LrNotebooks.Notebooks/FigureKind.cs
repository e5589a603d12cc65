namespace LrNotebooks.Notebooks;

/// <summary>Where a <see cref="Figure"/> came from in its output's MIME bundle.</summary>
public enum FigureKind
{
    /// <summary>An <c>application/vnd.plotly.v1+json</c> figure: data, layout and config as JSON.</summary>
    PlotlyJson,

    /// <summary>A <c>text/html</c> representation that calls <c>Plotly.newPlot</c>.</summary>
    PlotlyHtml,
}
