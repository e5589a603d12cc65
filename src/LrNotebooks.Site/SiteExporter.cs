using System.Text.RegularExpressions;
using LrNotebooks.Notebooks;
using LrNotebooks.Site.Markdown;
using LrNotebooks.Site.Pages;

namespace LrNotebooks.Site;

/// <summary>
/// Exports executed notebooks (nbformat 4) as a static HTML site that works with no network at all:
/// <c>index.html</c> (course title, description, every notebook with its title and learning objectives) and
/// one <c>&lt;name&gt;.html</c> per notebook (markdown rendered by Markdig with TeX converted to MathML, C# code
/// highlighted at export time, outputs embedded, Plotly charts drawn with the plotly.js bundle extracted from
/// the Plotly.NET assembly, previous/next navigation), plus <c>site.css</c>.
/// </summary>
public static partial class SiteExporter
{
    /// <summary>
    /// Exports the site with the default course title and description; warnings (unknown TeX commands,
    /// removed network references, ...) are written to standard error.
    /// </summary>
    /// <param name="executedNotebookPaths">The executed notebooks, in course order.</param>
    /// <param name="siteDirectory">Where to write the site (created if needed; stale pages are removed).</param>
    public static void Export(IReadOnlyList<string> executedNotebookPaths, string siteDirectory)
    {
        var report = Export(executedNotebookPaths, siteDirectory, new SiteExportOptions());
        foreach (var warning in report.Warnings)
        {
            Console.Error.WriteLine($"site: warning: {warning}");
        }
    }

    /// <summary>Exports the site and returns what was written and what went less than perfectly.</summary>
    /// <param name="executedNotebookPaths">The executed notebooks, in course order; names must be distinct.</param>
    /// <param name="siteDirectory">Where to write the site (created if needed; stale pages are removed).</param>
    /// <param name="options">Course title and description.</param>
    /// <exception cref="ArgumentException">No notebooks, a missing file, a duplicate name, or an empty directory path.</exception>
    /// <exception cref="NotebookFormatException">A file is not an nbformat 4 notebook.</exception>
    public static SiteExportReport Export(IReadOnlyList<string> executedNotebookPaths, string siteDirectory, SiteExportOptions options)
    {
        Validate(executedNotebookPaths, siteDirectory);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(siteDirectory);

        var diagnostics = new ExportDiagnostics();
        var pages = new List<NotebookPage>();
        foreach (var path in executedNotebookPaths)
        {
            var notebook = NotebookReader.Read(path);
            diagnostics.CurrentNotebook = notebook.Name;
            var page = NotebookPageRenderer.Render(notebook, diagnostics);
            CopyImages(page, Path.GetDirectoryName(Path.GetFullPath(path))!, siteDirectory, diagnostics);
            pages.Add(page);
        }

        diagnostics.CurrentNotebook = "";
        var written = new HashSet<string>(StringComparer.Ordinal) { IndexPageRenderer.FileName };
        for (var i = 0; i < pages.Count; i++)
        {
            var html = NotebookPageRenderer.Page(pages[i], i > 0 ? pages[i - 1] : null, i + 1 < pages.Count ? pages[i + 1] : null, i + 1, pages.Count, options);
            WritePage(siteDirectory, pages[i].FileName, html, diagnostics);
            written.Add(pages[i].FileName);
        }

        var guide = options.InstructorsGuide is { } guidePath && File.Exists(guidePath) ? guidePath : null;
        if (guide is not null)
        {
            var rendered = MarkdownRenderer.Render(File.ReadAllText(guide));
            var main = $"<article class=\"guide\">\n{rendered.Html}</article>\n";
            WritePage(siteDirectory, IndexPageRenderer.GuideFileName, SiteLayout.Page("Instructor's guide", options, null, main, hasCharts: false), diagnostics);
            written.Add(IndexPageRenderer.GuideFileName);
        }

        WritePage(siteDirectory, IndexPageRenderer.FileName, IndexPageRenderer.Render(pages, options, guide is not null), diagnostics);
        SiteAssets.WriteTo(siteDirectory);
        if (pages.Any(p => p.ChartCount > 0))
        {
            PlotlyAsset.WriteTo(siteDirectory);
        }

        foreach (var stale in Directory.EnumerateFiles(siteDirectory, "*.html").Where(f => !written.Contains(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        return new SiteExportReport(
            [.. pages.Select(p => new SitePageReport(p.Name, p.FileName, p.Title, p.ChartCount, p.FormulaCount))],
            [.. diagnostics.Warnings],
            [.. diagnostics.UnknownCommands]);
    }

    private static void Validate(IReadOnlyList<string> executedNotebookPaths, string siteDirectory)
    {
        ArgumentNullException.ThrowIfNull(executedNotebookPaths);
        if (executedNotebookPaths.Count == 0)
        {
            throw new ArgumentException("At least one executed notebook is required (got none).", nameof(executedNotebookPaths));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in executedNotebookPaths)
        {
            if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
            {
                throw new ArgumentException($"Every executed notebook path must name an existing file; '{path}' does not.", nameof(executedNotebookPaths));
            }

            if (!names.Add(Path.GetFileNameWithoutExtension(path)))
            {
                throw new ArgumentException($"Notebook names must be distinct (they name the pages); '{Path.GetFileNameWithoutExtension(path)}' appears twice.", nameof(executedNotebookPaths));
            }

            if (Path.GetFileNameWithoutExtension(path).Equals("index", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("A notebook may not be called 'index': that name is the contents page.", nameof(executedNotebookPaths));
            }
        }

        if (string.IsNullOrWhiteSpace(siteDirectory))
        {
            throw new ArgumentException("The site directory must be a non-empty path.", nameof(siteDirectory));
        }
    }

    private static void WritePage(string siteDirectory, string fileName, string html, ExportDiagnostics diagnostics)
    {
        // Last line of defence: nothing on a page may load code from the network.
        foreach (Match match in ExternalScript().Matches(html))
        {
            diagnostics.Warn($"{fileName} still loads a script from the network: {match.Value}");
        }

        File.WriteAllText(Path.Combine(siteDirectory, fileName), html);
    }

    private static void CopyImages(NotebookPage page, string notebookDirectory, string siteDirectory, ExportDiagnostics diagnostics)
    {
        foreach (var image in page.ImagePaths.Distinct())
        {
            var source = Path.Combine(notebookDirectory, image);
            if (!File.Exists(source))
            {
                diagnostics.Warn($"image '{image}' not found next to the notebook");
                continue;
            }

            var target = Path.Combine(siteDirectory, image);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"<script\b[^>]*\bsrc\s*=\s*[""']?\s*(https?:)?//[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalScript();
}
