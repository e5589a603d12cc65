using System.Text.RegularExpressions;
using LrNotebooks.Site;

namespace LrNotebooks.Site.Tests;

public sealed class SiteExporterTests : IDisposable
{
    private readonly string _site = SiteFixtures.NewTemporaryDirectory();
    private readonly string _work = SiteFixtures.NewTemporaryDirectory();

    public void Dispose()
    {
        Directory.Delete(_site, recursive: true);
        Directory.Delete(_work, recursive: true);
    }

    private SiteExportReport ExportFixtures() => SiteExporter.Export(SiteFixtures.Notebooks, _site, new SiteExportOptions());

    private string Page(string name) => File.ReadAllText(Path.Combine(_site, name));

    private string WriteNotebook(string name, string cellsJson)
    {
        var path = Path.Combine(_work, name + ".ipynb");
        File.WriteAllText(path, $$"""{ "cells": [{{cellsJson}}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5 }""");
        return path;
    }

    private static string Markdown(string source) => $$"""{ "cell_type": "markdown", "metadata": {}, "source": {{System.Text.Json.JsonSerializer.Serialize(source)}} }""";

    [Fact]
    public void Writes_index_one_page_per_notebook_the_stylesheet_and_the_plotly_bundle()
    {
        var report = ExportFixtures();
        Assert.Equal(
            ["01-gradient-descent-basics.html", "02-outputs-of-every-kind.html", "03-explorables.html", "index.html", "plotly-2.28.0.min.js", "plotly-2.28.0.min.js.LICENSE.txt", "presenter.css", "presenter.js", "site.css", "site.js"],
            Directory.GetFiles(_site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(report.Warnings);
        Assert.Empty(report.UnknownTexCommands);
        Assert.Equal(7, report.ChartCount);
        Assert.Equal(
            [("01-gradient-descent-basics", "Gradient descent on a parabola: the step size η decides everything", 3), ("02-outputs-of-every-kind", "Outputs of every kind", 0),
                ("03-explorables", "Explorables", 4)],
            report.Pages.Select(p => (p.Name, p.Title, p.ChartCount)));
        Assert.True(report.Pages[0].FormulaCount >= 25);
    }

    [Fact]
    public void The_plotly_bundle_is_the_one_Plotly_NET_ships()
    {
        ExportFixtures();
        var bundle = File.ReadAllText(Path.Combine(_site, PlotlyAsset.FileName));
        Assert.True(bundle.Length > 3_000_000, $"bundle is only {bundle.Length} characters");
        Assert.Contains("plotly.js v2.28.0", bundle[..2000], StringComparison.Ordinal);
    }

    [Fact]
    public void Index_lists_every_notebook_with_title_link_and_objectives()
    {
        ExportFixtures();
        var index = Page("index.html");
        Assert.Contains("<h1>The Learning Rate</h1>", index, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\">A hands-on course", index, StringComparison.Ordinal);
        Assert.Contains("<a class=\"notebook-link\" href=\"01-gradient-descent-basics.html\"><span class=\"notebook-number\">01</span><span class=\"notebook-title\">Gradient descent on a parabola: the step size <math>", index, StringComparison.Ordinal);
        Assert.Contains("href=\"02-outputs-of-every-kind.html\"", index, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(index, "class=\"objectives\""));
        Assert.Contains("Derive the stability limit", index, StringComparison.Ordinal);
        Assert.Contains("How text, tables, warnings and errors look on the site.", index, StringComparison.Ordinal);
        Assert.DoesNotContain(PlotlyAsset.FileName, index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_starts_with_the_notebook_number_is_not_numbered_twice_in_the_index()
    {
        var notebook = WriteNotebook("07-real-data", Markdown("# 07 · Real data\n\nText."));
        var other = WriteNotebook("08-more", Markdown("# 2024 results\n\nText."));
        SiteExporter.Export([notebook, other], _site, new SiteExportOptions());
        var index = Page("index.html");
        Assert.Contains("<span class=\"notebook-number\">07</span><span class=\"notebook-title\">Real data</span>", index, StringComparison.Ordinal);
        Assert.Contains("<span class=\"notebook-number\">08</span><span class=\"notebook-title\">2024 results</span>", index, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"real-data\">07 · Real data</h1>", Page("07-real-data.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_set_the_course_title_and_description()
    {
        SiteExporter.Export(SiteFixtures.Notebooks, _site, new SiteExportOptions { CourseTitle = "Rates & <Steps>", Description = "About \"rates\"." });
        var index = Page("index.html");
        Assert.Contains("<h1>Rates &amp; &lt;Steps&gt;</h1>", index, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lead\">About &quot;rates&quot;.</p>", index, StringComparison.Ordinal);
        Assert.Contains("<title>Outputs of every kind · Rates &amp; &lt;Steps&gt;</title>", Page("02-outputs-of-every-kind.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_link_to_the_previous_and_next_notebook_and_to_the_contents()
    {
        ExportFixtures();
        var first = Page("01-gradient-descent-basics.html");
        var second = Page("02-outputs-of-every-kind.html");
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"02-outputs-of-every-kind.html\"><span class=\"pager-label\">Next →</span><span class=\"pager-title\">Outputs of every kind</span></a>", first, StringComparison.Ordinal);
        Assert.Contains("<a class=\"previous\" rel=\"prev\" href=\"01-gradient-descent-basics.html\">", second, StringComparison.Ordinal);
        Assert.Contains("<a class=\"next\" rel=\"next\" href=\"03-explorables.html\">", second, StringComparison.Ordinal);
        Assert.Contains("<a class=\"next\" href=\"index.html\">", Page("03-explorables.html"), StringComparison.Ordinal);
        Assert.Contains("<span class=\"position\">Notebook 2 of 3</span>", second, StringComparison.Ordinal);
        Assert.All(new[] { first, second }, page => Assert.Contains("<a class=\"course-title\" href=\"index.html\">", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_local_link_and_resource_on_every_page_exists()
    {
        ExportFixtures();
        foreach (var page in Directory.GetFiles(_site, "*.html"))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(page), "(?:href|src)=\"(?<url>[^\"]+)\""))
            {
                var url = match.Groups["url"].Value;
                if (url.StartsWith('#') || url.StartsWith("data:", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                Assert.True(File.Exists(Path.Combine(_site, url.Split('#')[0])), $"{Path.GetFileName(page)} links to missing {url}");
            }
        }
    }

    [Fact]
    public void No_page_loads_anything_from_the_network_and_charts_use_the_local_bundle()
    {
        ExportFixtures();
        foreach (var file in Directory.GetFiles(_site, "*.html"))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotMatch(@"<script[^>]+src\s*=\s*[""']?(https?:)?//", html);
            Assert.DoesNotMatch(@"<link[^>]+href\s*=\s*[""']?(https?:)?//", html);
            Assert.DoesNotMatch("https?://", Regex.Replace(html, "<a [^>]*>", ""));
            Assert.DoesNotContain("require", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        }

        var chartPage = Page("01-gradient-descent-basics.html");
        Assert.Equal(3, Regex.Count(chartPage, "<div class=\"plotly-chart\" id=\"[^\"]+\"></div>"));
        Assert.Equal(3, Regex.Count(chartPage, "<script type=\"application/json\" class=\"plotly-figure\""));
        Assert.Single(Regex.Matches(chartPage, "<script src=\"plotly-2.28.0.min.js\"></script>"));
        Assert.DoesNotContain("plotly-2.28.0.min.js", Page("02-outputs-of-every-kind.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Code_and_text_outputs_are_escaped_and_errors_are_styled()
    {
        ExportFixtures();
        var page = Page("02-outputs-of-every-kind.html");
        Assert.Contains("<pre class=\"output output-stream output-stdout\">&lt;script&gt;alert(&#39;not executed&#39;)&lt;/script&gt; &amp; friends</pre>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("a returned string with &lt;angle brackets&gt;", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tok-str\">&quot;&lt;script&gt;alert(&#39;not executed&#39;)&lt;/script&gt; &amp; friends&quot;</span>", page, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(page, "<div class=\"output output-error\" role=\"alert\">"));
        Assert.Contains("Learning rate 10 diverged: loss &lt;inf&gt; at step 4", page, StringComparison.Ordinal);
        Assert.Contains("CS0103", page, StringComparison.Ordinal);
        Assert.Contains("sgd &lt;fast&gt;", page, StringComparison.Ordinal);

        var first = Page("01-gradient-descent-basics.html");
        Assert.Contains("<pre class=\"output output-stream output-stderr\">warning: &lt;b&gt;not bold&lt;/b&gt; &amp; not a tag</pre>", first, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"source language-csharp\"><code><span class=\"tok-kw\">using</span>", first, StringComparison.Ordinal);
        Assert.Contains("<details class=\"setup-cell\">", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_math_becomes_MathML_and_nothing_is_left_as_TeX()
    {
        ExportFixtures();
        var page = Page("01-gradient-descent-basics.html");
        var text = Regex.Replace(Regex.Replace(page, "<annotation[^>]*>.*?</annotation>", "", RegexOptions.Singleline), "<pre.*?</pre>", "", RegexOptions.Singleline);
        Assert.DoesNotContain("$", text.Replace("a price of $5 or $10", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\\(frac|eta|left|begin|mathbb)", text);
        Assert.DoesNotContain("<merror", page, StringComparison.Ordinal);
        Assert.Contains("<math display=\"block\">", page, StringComparison.Ordinal);
        Assert.Contains("a price of $5 or $10 stays text", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_TeX_commands_and_missing_images_are_reported()
    {
        var notebook = WriteNotebook("03-probe", Markdown("# Probe\n\n$\\foo x$ and $$\\begin{tikzcd} a \\end{tikzcd}$$ ![x](missing.png)"));
        var report = SiteExporter.Export([notebook], _site, new SiteExportOptions());
        Assert.Equal(["\\begin{tikzcd}", "\\foo"], report.UnknownTexCommands);
        Assert.Contains(report.Warnings, w => w.StartsWith("03-probe: cell 1: unknown TeX commands", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w == "03-probe: image 'missing.png' not found next to the notebook");
        Assert.Contains("<merror><mtext>\\foo</mtext></merror>", Page("03-probe.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_images_are_copied_next_to_the_page()
    {
        Directory.CreateDirectory(Path.Combine(_work, "images"));
        File.WriteAllBytes(Path.Combine(_work, "images", "lr.png"), [0x89, 0x50, 0x4E, 0x47]);
        var notebook = WriteNotebook("04-images", Markdown("# Images\n\n![lr](images/lr.png)"));
        var report = SiteExporter.Export([notebook], _site, new SiteExportOptions());
        Assert.Empty(report.Warnings);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], File.ReadAllBytes(Path.Combine(_site, "images", "lr.png")));
        Assert.Contains("src=\"images/lr.png\"", Page("04-images.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_without_a_heading_is_titled_by_its_name_and_reported()
    {
        var notebook = WriteNotebook("05-untitled", Markdown("Just text."));
        var report = SiteExporter.Export([notebook], _site, new SiteExportOptions());
        Assert.Equal("05-untitled", report.Pages[0].Title);
        Assert.Equal(["05-untitled: no heading found; the notebook's name is used as its title"], report.Warnings);
        Assert.False(File.Exists(Path.Combine(_site, PlotlyAsset.FileName)));
    }

    [Fact]
    public void Pages_of_notebooks_no_longer_exported_are_removed()
    {
        File.WriteAllText(Path.Combine(_site, "99-old.html"), "old");
        File.WriteAllText(Path.Combine(_site, "notes.txt"), "kept");
        ExportFixtures();
        Assert.False(File.Exists(Path.Combine(_site, "99-old.html")));
        Assert.True(File.Exists(Path.Combine(_site, "notes.txt")));
    }

    [Fact]
    public void The_void_overload_writes_the_same_site()
    {
        SiteExporter.Export(SiteFixtures.Notebooks, _site);
        Assert.True(File.Exists(Path.Combine(_site, "index.html")));
        Assert.True(File.Exists(Path.Combine(_site, "01-gradient-descent-basics.html")));
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_the_parameter()
    {
        var existing = SiteFixtures.Notebooks[0];
        Assert.Equal("executedNotebookPaths", Assert.Throws<ArgumentNullException>(() => SiteExporter.Export(null!, _site)).ParamName);
        Assert.Equal("executedNotebookPaths", Assert.Throws<ArgumentException>(() => SiteExporter.Export([], _site)).ParamName);
        var missing = Assert.Throws<ArgumentException>(() => SiteExporter.Export([Path.Combine(_work, "nope.ipynb")], _site));
        Assert.Equal("executedNotebookPaths", missing.ParamName);
        Assert.Contains("nope.ipynb", missing.Message, StringComparison.Ordinal);
        var duplicate = Assert.Throws<ArgumentException>(() => SiteExporter.Export([existing, existing], _site));
        Assert.Contains("appears twice", duplicate.Message, StringComparison.Ordinal);
        var index = WriteNotebook("index", Markdown("# x"));
        Assert.Contains("'index'", Assert.Throws<ArgumentException>(() => SiteExporter.Export([index], _site)).Message, StringComparison.Ordinal);
        Assert.Equal("siteDirectory", Assert.Throws<ArgumentException>(() => SiteExporter.Export([existing], " ")).ParamName);
        Assert.Throws<ArgumentNullException>(() => SiteExporter.Export([existing], _site, null!));
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_reported_with_its_path()
    {
        var path = Path.Combine(_work, "not-a-notebook.ipynb");
        File.WriteAllText(path, "{\"hello\": 1}");
        var exception = Assert.Throws<NotebookFormatException>(() => SiteExporter.Export([path], _site));
        Assert.Contains("not-a-notebook.ipynb", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stylesheet_and_the_script_are_the_files_in_the_assets_folder()
    {
        ExportFixtures();
        var assets = Path.Combine(Path.GetDirectoryName(SiteFixtures.Directory)!, "..", "..", "src", "LrNotebooks.Site", "Assets");
        Assert.Equal(File.ReadAllText(Path.Combine(assets, "site.css")), Page("site.css"));
        Assert.Equal(File.ReadAllText(Path.Combine(assets, "site.js")), Page("site.js"));
        Assert.Contains("<script src=\"site.js\"></script>", Page("01-gradient-descent-basics.html"), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script>\s*\(function", Page("01-gradient-descent-basics.html"));
    }
}
