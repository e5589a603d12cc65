using System.Security.Cryptography;
using System.Text;

namespace LrNotebooks.Course.Figures;

/// <summary>
/// The <c>text/html</c> of a figure, for clients that draw HTML (Jupyter's HTML export, VS Code without a Plotly
/// renderer): a <c>div</c> and a script that draws the figure with plotly.js once plotly.js is on the page. The
/// first figure of a process (a kernel session) also carries plotly.js itself, inline (Plotly.NET's embedded copy,
/// about 3.6 MB); later figures only wait for it, so a notebook holds one copy however many charts it draws.
/// plotly.js runs with <c>define</c>, <c>module</c> and <c>exports</c> hidden, so it sets <c>window.Plotly</c>
/// even on pages that load require.js (classic Jupyter and its HTML export do).
/// </summary>
public static class FigureHtml
{
    private static int plotlyWritten;
    private static int counter;

    /// <summary>How long a figure waits for plotly.js before saying where it comes from.</summary>
    public const int WaitMilliseconds = 20000;

    /// <summary>HTML that draws <paramref name="figure"/> offline (plotly.js included the first time in this process).</summary>
    public static string Render(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        bool withPlotly = Interlocked.Exchange(ref plotlyWritten, 1) == 0;
        return Render(figure, withPlotly);
    }

    /// <summary>HTML that draws <paramref name="figure"/>; with <paramref name="withPlotly"/> it carries plotly.js too.</summary>
    public static string Render(Figure figure, bool withPlotly)
    {
        ArgumentNullException.ThrowIfNull(figure);
        // '<' only occurs inside JSON strings, where \u003c is the same character and cannot end the script element.
        string json = figure.ToJsonString().Replace("<", "\\u003c", StringComparison.Ordinal);
        string id = Id(json);
        var html = new StringBuilder();
        if (withPlotly) html.Append(PlotlyScript());
        html.Append("<div id=\"").Append(id).Append("\" class=\"lrnotebooks-figure\"></div>\n<script>\n(function () {\n")
            .Append("  var figure = ").Append(json).Append(";\n")
            .Append("  var element = document.getElementById('").Append(id).Append("'), started = Date.now();\n")
            .Append("  (function draw() {\n")
            .Append("    if (window.Plotly) { window.Plotly.newPlot(element, figure); return; }\n")
            .Append("    if (Date.now() - started < ").Append(WaitMilliseconds).Append(") { setTimeout(draw, 50); return; }\n")
            .Append("    element.textContent = 'This chart needs plotly.js, which the first chart of the notebook session carries: run the notebook from the top.';\n")
            .Append("  })();\n})();\n</script>");
        return html.ToString();
    }

    /// <summary>The script element that defines <c>window.Plotly</c> from the embedded bundle (once per page).</summary>
    public static string PlotlyScript() =>
        "<script>\nif (!window.Plotly) (function (define, module, exports) {\n"
        + PlotlyJs.Code.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase)
        + "\n}).call(window);\n</script>\n";

    // Deterministic per figure and per position in the session: re-running a notebook gives the same outputs.
    private static string Id(string json)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 6).ToLowerInvariant();
        return $"lrfigure-{Interlocked.Increment(ref counter)}-{hash}";
    }
}
