using System.Text;

namespace LrNotebooks.Site.Pages;

/// <summary>The HTML shell shared by every page: head, course header, footer, and the chart renderer.</summary>
internal static class SiteLayout
{
    /// <summary>Wraps <paramref name="main"/> into a complete page.</summary>
    /// <param name="title">Page title (plain text).</param>
    /// <param name="options">Course title and description.</param>
    /// <param name="position">Short position text for the header (e.g. "Notebook 3 of 8"), or null.</param>
    /// <param name="main">The content of <c>&lt;main&gt;</c>.</param>
    /// <param name="hasCharts">Load plotly.js (site.js draws the charts).</param>
    public static string Page(string title, SiteExportOptions options, string? position, string main, bool hasCharts)
    {
        var course = HtmlText.Encode(options.CourseTitle);
        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            {ContentSecurityPolicy.MetaElement}
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="description" content="{HtmlText.Encode(options.Description)}">
            <title>{HtmlText.Encode(title)}</title>
            <link rel="stylesheet" href="{SiteAssets.StylesheetFileName}">
            <link rel="stylesheet" href="{SiteAssets.PresenterStylesheetFileName}">
            </head>
            <body>
            <header class="site-header"><div class="site-header-inner">
            <a class="course-title" href="index.html">{course}</a>
            """);
        if (position is not null)
        {
            page.Append($"<span class=\"position\">{HtmlText.Encode(position)}</span>\n");
        }

        page.Append("</div></header>\n<main>\n").Append(main).Append("</main>\n");
        page.Append($"""
            <footer class="site-footer"><div class="site-footer-inner">{course} · generated from the executed notebooks · works offline</div></footer>

            """);
        // The only scripts on a page are the site's own files; site.js also runs on pages without charts
        // (keyboard access to scrolling blocks).
        if (hasCharts)
        {
            page.Append($"<script src=\"{PlotlyAsset.FileName}\"></script>\n");
        }

        page.Append($"<script src=\"{SiteAssets.ScriptFileName}\"></script>\n");
        page.Append($"<script src=\"{SiteAssets.PresenterScriptFileName}\"></script>\n");
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }
}
