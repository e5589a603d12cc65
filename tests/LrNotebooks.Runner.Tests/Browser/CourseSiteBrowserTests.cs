namespace LrNotebooks.Runner.Tests.Browser;

/// <summary>
/// Opens every page of the site exported from the real notebook run in headless Chromium with the network
/// blocked: every chart draws (as many as the executed notebook has chart outputs), formulas render as
/// MathML, nothing is requested from the network, and nothing is logged as an error.
/// </summary>
[Collection("Notebook run")]
[Trait("Category", "Kernel")]
[Trait("Category", "Browser")]
public sealed class CourseSiteBrowserTests(NotebookRunFixture fixture)
{
    private string Site => Path.Combine(fixture.ArtifactsDirectory, "site");

    [SkippableFact]
    public async Task Every_page_of_the_course_site_works_offline()
    {
        Chromium.RequireOrSkip();
        var pages = Directory.GetFiles(Site, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Contains(pages, p => Path.GetFileName(p) == "index.html");
        Assert.True(pages.Count > 1, "the site has no notebook pages");

        await using var browser = await OfflineBrowser.LaunchAsync();
        foreach (var page in pages)
        {
            var name = Path.GetFileNameWithoutExtension(page);
            if (name == "instructors") continue;   // the instructor's guide, not a notebook: CoursePresenterBrowserTests opens it
            var expected = name == "index" ? new PageExpectations(0, 0) : ExpectationsFor(name, page);
            SiteAssertions.PageIsHealthy(await browser.InspectAsync(page), expected.ChartOutputs, expected.Formulas);
        }
    }

    [SkippableFact]
    public async Task Every_slider_and_button_of_the_course_site_changes_what_is_drawn()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var moves = new List<ControlMove>();
        foreach (var page in Directory.GetFiles(Site, "*.html").Order(StringComparer.Ordinal))
        {
            var report = await browser.ExerciseControlsAsync(page);
            Assert.Empty(report.Errors);
            Assert.Empty(report.ExternalRequests);
            moves.AddRange(report.Moves);
        }
        ControlAssertions.EveryMoveChangedTheFigure(moves);
    }

    [Fact]
    public void No_page_references_the_network_or_require_js()
    {
        foreach (var page in Directory.GetFiles(Site, "*.html"))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch(@"<script[^>]+src\s*=\s*[""']?(https?:)?//", html);
            Assert.DoesNotContain("cdn.plot.ly", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("cdnjs.cloudflare.com", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("require.js", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("requirejs", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<merror", html, StringComparison.Ordinal);
        }
    }

    // The executed notebook is the independent source of truth; it lives somewhere in the run's artifacts.
    private PageExpectations ExpectationsFor(string name, string page)
    {
        var notebook = Directory.EnumerateFiles(fixture.ArtifactsDirectory, name + ".ipynb", SearchOption.AllDirectories).FirstOrDefault();
        Assert.True(notebook is not null, $"no executed notebook {name}.ipynb under {fixture.ArtifactsDirectory} for page {page}");
        return PageExpectations.For(notebook!);
    }
}
