namespace LrNotebooks.Site.Figures;

/// <summary>A Plotly figure recovered from a Plotly.NET chart output.</summary>
/// <param name="Id">The id of the element the chart draws into.</param>
/// <param name="Data">The traces (JSON array).</param>
/// <param name="Layout">The layout (JSON object).</param>
/// <param name="Config">The config (JSON object).</param>
internal sealed record ChartFigure(string Id, string Data, string Layout, string Config);
