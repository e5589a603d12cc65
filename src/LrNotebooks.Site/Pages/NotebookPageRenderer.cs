using System.Text;
using System.Text.RegularExpressions;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Site.Pages;

/// <summary>Renders the cells of one notebook and wraps them with course navigation.</summary>
internal static class NotebookPageRenderer
{
    /// <summary>Renders every cell of <paramref name="notebook"/>.</summary>
    public static NotebookPage Render(Notebook notebook, ExportDiagnostics diagnostics)
    {
        var body = new StringBuilder();
        string? title = null;
        string? titleHtml = null;
        string? objectives = null;
        var charts = 0;
        var formulas = 0;
        var images = new List<string>();
        var codeCellNumber = 0;
        var cellNumber = 0;
        foreach (var cell in notebook.Cells)
        {
            diagnostics.CurrentCell = ++cellNumber;
            // Raw cells are not shown; markdown cells and code cells of the markdown kernel are markdown.
            switch (cell)
            {
                case { IsMarkdown: true } markdown when markdown.Source.Trim().Length > 0:
                    var rendered = MarkdownRenderer.Render(markdown.Source, markdown.Attachments, diagnostics);
                    diagnostics.AddMath(rendered);
                    title ??= rendered.HeadingText;
                    titleHtml ??= rendered.HeadingHtml is null ? null : Regex.Replace(rendered.HeadingHtml, "</?a\\b[^>]*>", "");
                    objectives ??= rendered.ObjectivesHtml;
                    formulas += rendered.FormulaCount;
                    images.AddRange(rendered.ImagePaths);
                    body.Append("<section class=\"cell markdown-cell\">\n").Append(rendered.Html).Append("</section>\n");
                    break;
                case { IsCode: true, IsMarkdown: false } code when code.Source.Trim().Length > 0 || code.Outputs.Count > 0:
                    codeCellNumber++;
                    var (html, figures) = RenderCodeCell(code, codeCellNumber, diagnostics);
                    charts += figures;
                    body.Append(html);
                    break;
            }
        }

        diagnostics.CurrentCell = 0;
        if (title is null || title.Length == 0)
        {
            diagnostics.Warn("no heading found; the notebook's name is used as its title");
            title = notebook.Name;
            titleHtml = HtmlText.Encode(notebook.Name);
        }

        return new NotebookPage(notebook.Name, title, titleHtml ?? HtmlText.Encode(title), objectives, body.ToString(), charts, formulas, images);
    }

    /// <summary>The full page: header, cells, previous/next links.</summary>
    public static string Page(NotebookPage page, NotebookPage? previous, NotebookPage? next, int number, int total, SiteExportOptions options)
    {
        var main = new StringBuilder();
        main.Append($"<article class=\"notebook\" data-notebook=\"{HtmlText.Encode(page.Name)}\">\n").Append(page.BodyHtml).Append("</article>\n");
        main.Append("<nav class=\"pager\" aria-label=\"Course navigation\">\n");
        if (previous is not null)
        {
            main.Append($"<a class=\"previous\" rel=\"prev\" href=\"{Attribute(previous.FileName)}\"><span class=\"pager-label\">← Previous</span><span class=\"pager-title\">{previous.TitleHtml}</span></a>\n");
        }

        if (next is not null)
        {
            main.Append($"<a class=\"next\" rel=\"next\" href=\"{Attribute(next.FileName)}\"><span class=\"pager-label\">Next →</span><span class=\"pager-title\">{next.TitleHtml}</span></a>\n");
        }
        else
        {
            main.Append("<a class=\"next\" href=\"index.html\"><span class=\"pager-label\">Done</span><span class=\"pager-title\">Back to the contents</span></a>\n");
        }

        main.Append("</nav>\n");
        return SiteLayout.Page($"{page.Title} · {options.CourseTitle}", options, $"Notebook {number} of {total}", main.ToString(), page.ChartCount > 0);
    }

    private static (string Html, int Figures) RenderCodeCell(NotebookCell code, int number, ExportDiagnostics diagnostics)
    {
        var (outputs, figures) = OutputRenderer.Render(code.Outputs, diagnostics, $"cell-{number}-figure");
        var language = LanguageLabel(code.KernelName);
        var source = code.KernelName is "csharp" or "C#" ? CSharpHighlighter.Highlight(code.Source.TrimEnd()) : HtmlText.Encode(code.Source.TrimEnd());
        var label = code.ExecutionCount is { } count ? $"{language} [{count}]" : language;
        var html = new StringBuilder();
        html.Append($"<section class=\"cell code-cell\" id=\"cell-{number}\">\n");
        if (code.Source.Trim().Length > 0)
        {
            html.Append($"<div class=\"cell-input\"><span class=\"cell-label\">{HtmlText.Encode(label)}</span>");
            html.Append($"<pre class=\"source language-{Attribute(code.KernelName)}\"><code>").Append(source).Append("</code></pre></div>\n");
        }

        if (outputs.Length > 0)
        {
            html.Append("<div class=\"cell-outputs\">\n").Append(outputs).Append("</div>\n");
        }

        html.Append("</section>\n");
        if (IsSetupCell(code))
        {
            return ($"<details class=\"setup-cell\"><summary>Setup: libraries and packages this notebook loads</summary>\n{html}</details>\n", figures.Count);
        }

        return (html.ToString(), figures.Count);
    }

    // The shared first cell references the course libraries and packages; readers of the site can skip it.
    private static bool IsSetupCell(NotebookCell code) =>
        code.Source.Split('\n').Any(line => line.TrimStart().StartsWith("#r ", StringComparison.Ordinal)) &&
        code.Outputs.All(o => o is not ErrorOutput);

    private static string LanguageLabel(string language) => language switch
    {
        "csharp" or "C#" => "C#",
        "fsharp" or "F#" => "F#",
        "pwsh" or "powershell" => "PowerShell",
        "javascript" => "JavaScript",
        "html" => "HTML",
        "sql" => "SQL",
        "kql" => "KQL",
        _ => language,
    };

    private static string Attribute(string value) => HtmlText.Encode(value);
}
