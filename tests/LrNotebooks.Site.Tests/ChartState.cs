namespace LrNotebooks.Site.Tests;

/// <summary>What the browser shows for one chart container after the page loaded.</summary>
/// <param name="Id">Container id.</param>
/// <param name="IsPlotlyPlot">plotly.js marked the container as a plot (<c>.js-plotly-plot</c>).</param>
/// <param name="HasPlotContainer">The container holds a <c>.plot-container</c>.</param>
/// <param name="MainSvgCount">Number of <c>.main-svg</c> layers drawn.</param>
/// <param name="DataTraces">Traces plotly.js holds for the figure (<c>_fullData</c>).</param>
/// <param name="DrawnTraces">Trace groups present in the SVG.</param>
/// <param name="Width">Rendered width in CSS pixels.</param>
/// <param name="Height">Rendered height in CSS pixels.</param>
public sealed record ChartState(string Id, bool IsPlotlyPlot, bool HasPlotContainer, int MainSvgCount, int DataTraces, int DrawnTraces, double Width, double Height)
{
    /// <summary>True when the chart really drew: plot container, SVG layers and at least one drawn data trace.</summary>
    public bool Drew => IsPlotlyPlot && HasPlotContainer && MainSvgCount > 0 && DataTraces > 0 && DrawnTraces > 0 && Width > 0 && Height > 0;
}
