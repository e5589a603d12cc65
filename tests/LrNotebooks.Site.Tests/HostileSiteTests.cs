namespace LrNotebooks.Site.Tests;

/// <summary>
/// Exports a notebook made of the hostile corpus (every vector as an HTML output, as raw HTML in markdown, and
/// as printed text; the markdown vectors as markdown) and checks the page: nothing that runs or loads is left,
/// every removal is reported with its cell, and in Chromium nothing executes.
/// </summary>
public sealed class HostileSiteTests : IDisposable
{
    private readonly string _work = SiteFixtures.NewTemporaryDirectory();
    private readonly string _site;
    private readonly SiteExportReport _report;

    public HostileSiteTests()
    {
        _site = Path.Combine(_work, "site");
        var cells = new List<string> { TestNotebooks.Markdown("# Hostile outputs") };
        cells.AddRange(HostileCorpus.Html.Select(v => TestNotebooks.Display("text/html", v)));
        cells.AddRange(HostileCorpus.Html.Select(TestNotebooks.Markdown));
        cells.AddRange(HostileCorpus.Markdown.Select(TestNotebooks.Markdown));
        cells.AddRange(HostileCorpus.Streams.Select(TestNotebooks.Stream));
        _report = SiteExporter.Export([TestNotebooks.Write(_work, "01-hostile", cells)], _site, new SiteExportOptions());
    }

    private IEnumerable<string> Pages => Directory.GetFiles(_site, "*.html");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void The_corpus_is_large()
    {
        Assert.True(HostileCorpus.Html.Length + HostileCorpus.Markdown.Length >= 100, "the corpus should cover the well-known vectors");
    }

    [Fact]
    public void No_page_keeps_a_foreign_script_a_handler_a_script_url_or_a_network_reference()
    {
        foreach (var page in Pages)
        {
            var problems = PageSafety.Problems(File.ReadAllText(page), [SiteAssets.ScriptFileName, SiteAssets.StylesheetFileName, SiteAssets.PresenterScriptFileName, SiteAssets.PresenterStylesheetFileName, PlotlyAsset.FileName]);
            Assert.True(problems.Count == 0, $"{Path.GetFileName(page)}:\n{string.Join("\n", problems)}");
        }
    }

    [Fact]
    public void Every_page_carries_the_content_security_policy()
    {
        foreach (var page in Pages)
            Assert.Contains(ContentSecurityPolicy.MetaElement, File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Removals_are_reported_with_notebook_and_cell()
    {
        // Cell 2 is the first HTML output (<script>alert('XSS')</script>); its markdown twin comes after all outputs.
        Assert.Contains("01-hostile: cell 2: removed <script>: not allowed on the site", _report.Warnings);
        var markdownTwin = 2 + HostileCorpus.Html.Length;
        Assert.Contains($"01-hostile: cell {markdownTwin}: removed <script>: not allowed on the site", _report.Warnings);
        Assert.Contains(_report.Warnings, w => w.Contains("removed href=\"javascript:alert(1)\" on <a>", StringComparison.Ordinal));
        Assert.Contains(_report.Warnings, w => w.Contains("removed <iframe>", StringComparison.Ordinal));
        Assert.Contains(_report.Warnings, w => w.Contains("removed onerror=", StringComparison.Ordinal));
    }

    [Fact]
    public void Printed_vectors_stay_text()
    {
        var page = File.ReadAllText(Path.Combine(_site, "01-hostile.html"));
        Assert.Contains("&lt;script&gt;alert(&#39;XSS&#39;)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    [Trait("Category", "Browser")]
    public async Task Nothing_executes_in_the_browser()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var session = await browser.OpenAsync(Path.Combine(_site, "01-hostile.html"), async page =>
        {
            // Fire the events the handlers of the corpus listen to, on every element.
            await page.EvaluateAsync("""
                () => document.querySelectorAll('body *').forEach(e =>
                  ['mouseover', 'mouseenter', 'click', 'focus', 'toggle', 'error', 'load', 'begin'].forEach(t => e.dispatchEvent(new Event(t))))
                """);
            await page.WaitForTimeoutAsync(500);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        });
        Assert.Empty(session.Dialogs);
        Assert.Empty(session.External);
        // Images with relative paths of the corpus ("x", "a.png") are simply missing files; anything else is a finding.
        Assert.DoesNotContain(session.Console, m => !m.Contains("net::ERR_FILE_NOT_FOUND", StringComparison.Ordinal));
    }
}
