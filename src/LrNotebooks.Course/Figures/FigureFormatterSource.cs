namespace LrNotebooks.Course.Figures;

/// <summary>
/// The convention-based formatter source .NET Interactive instantiates for <see cref="Figure"/> (and, through
/// <see cref="NotebookSetup"/>, for Plotly.NET charts): one formatter per MIME type of the figure's bundle.
/// </summary>
internal sealed class FigureFormatterSource
{
    /// <summary>The MIME types of a figure's bundle, in order of preference.</summary>
    public static readonly string[] MimeTypes = [Figure.PlotlyMimeType, "text/html", "text/plain"];

    /// <summary>Called by .NET Interactive (by name) the first time a figure is displayed.</summary>
    public IEnumerable<object> CreateTypeFormatters() => MimeTypes.Select(m => new FigureFormatter(m));
}
