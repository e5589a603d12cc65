namespace LrNotebooks.Site.Tests;

public sealed class HtmlOutputSanitizerTests
{
    [Fact]
    public void Drops_the_dotnet_interactive_stylesheet_silently()
    {
        var diagnostics = new ExportDiagnostics();
        var html = HtmlOutputSanitizer.Sanitize("<div class=\"dni-plaintext\"><pre>2</pre></div><style>\n.dni-code-hint { font-style: italic; }\n</style>", diagnostics);
        Assert.Equal("<div class=\"dni-plaintext\"><pre>2</pre></div>", html);
        Assert.Empty(diagnostics.Warnings);
    }

    [Theory]
    [InlineData("<script>console.log(1);</script>", "removed <script>")]
    [InlineData("<script src=\"https://cdn.example.org/lib.js\"></script>", "removed <script>")]
    [InlineData("<link rel=\"stylesheet\" href=\"local.css\">", "removed <link>")]
    [InlineData("<style>.mine{}</style>", "removed <style>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "removed <iframe>")]
    [InlineData("<img src=\"https://example.org/a.png\">", "removed src=\"https://example.org/a.png\" on <img>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>", "removed onclick=\"alert(1)\" on <p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "removed href=\"javascript:alert(1)\" on <a>")]
    public void Removes_scripts_handlers_and_network_references_and_says_what(string fragment, string warning)
    {
        var diagnostics = new ExportDiagnostics { CurrentNotebook = "02-probe", CurrentCell = 7 };
        HtmlOutputSanitizer.Sanitize("<p>a</p>" + fragment, diagnostics);
        Assert.Equal($"02-probe: cell 7: {warning}: not allowed on the site", Assert.Single(diagnostics.Warnings));
    }

    [Theory]
    [InlineData("<a href=\"https://example.org\">a link</a>")]
    [InlineData("<a href=\"#objectives\">a fragment</a>")]
    [InlineData("<a href=\"02-too-high.html\">a page</a>")]
    [InlineData("<img src=\"images/plot.png\" alt=\"a plot\">")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">")]
    [InlineData("<table class=\"lr-table\" style=\"border-collapse: collapse\"><tbody><tr><td style=\"padding: 3px 8px\">1</td></tr></tbody></table>")]
    [InlineData("<details class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>Run</code></span></summary><div>x</div></details>")]
    public void Keeps_text_structure_links_local_images_and_styles(string fragment)
    {
        var diagnostics = new ExportDiagnostics();
        Assert.Equal(fragment, HtmlOutputSanitizer.Sanitize(fragment, diagnostics));
        Assert.Empty(diagnostics.Warnings);
    }

    [Fact]
    public void Every_vector_of_the_hostile_corpus_is_defused_as_html_and_as_markdown()
    {
        var inputs = HostileCorpus.Html.Concat(HostileCorpus.Markdown.Select(m => MarkdownRenderer.Render(m).Html));
        foreach (var input in inputs)
        {
            var html = HtmlOutputSanitizer.Sanitize(input, new ExportDiagnostics());
            Assert.True(PageSafety.Problems(html, ["site.js"]).Count == 0, $"{input}\n -> {html}\n{string.Join("\n", PageSafety.Problems(html, ["site.js"]))}");
        }
    }

    [Fact]
    public void The_safety_check_finds_each_kind_of_problem()
    {
        // The corpus test can fail: unsanitized vectors are reported.
        Assert.NotEmpty(PageSafety.Problems("<script>alert(1)</script>", ["site.js"]));
        Assert.NotEmpty(PageSafety.Problems("<script src=\"evil.js\"></script>", ["site.js"]));
        Assert.NotEmpty(PageSafety.Problems("<img src=x onerror=alert(1)>", []));
        Assert.NotEmpty(PageSafety.Problems("<a href=\"&#106;avascript:alert(1)\">x</a>", []));
        Assert.NotEmpty(PageSafety.Problems("<img src=\"//host.example/a.png\">", []));
        Assert.NotEmpty(PageSafety.Problems("<div style=\"background:url(https://host.example/a.png)\">x</div>", []));
        Assert.NotEmpty(PageSafety.Problems("<iframe src=\"page.html\"></iframe>", []));
        Assert.Empty(PageSafety.Problems("<script src=\"site.js\"></script><p>javascript:alert(1) and https://example.org as text</p><a href=\"https://example.org\">x</a>", ["site.js"]));
    }
}
