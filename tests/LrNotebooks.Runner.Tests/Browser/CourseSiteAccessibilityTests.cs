namespace LrNotebooks.Runner.Tests.Browser;

/// <summary>
/// Accessibility of every page of the site exported from the real notebook run (the notebooks, the chart
/// gallery, the index, the instructor's guide), opened in headless Chromium with the network blocked: axe-core
/// finds no violation of the WCAG 2.0/2.1 A and AA rules at full width nor at 640 px (a 1280 px screen at 200%
/// zoom), where the page must not scroll sideways; the explorable figures work by keyboard.
/// </summary>
[Collection("Notebook run")]
[Trait("Category", "Kernel")]
[Trait("Category", "Browser")]
public sealed class CourseSiteAccessibilityTests(NotebookRunFixture fixture)
{
    private IReadOnlyList<string> Pages
    {
        get
        {
            var pages = Directory.GetFiles(Path.Combine(fixture.ArtifactsDirectory, "site"), "*.html").Order(StringComparer.Ordinal).ToList();
            Assert.Contains(pages, p => Path.GetFileName(p) == "index.html");
            Assert.Contains(pages, p => Path.GetFileName(p) == "instructors.html");
            Assert.True(pages.Count > 2, "the site has no notebook pages");
            return pages;
        }
    }

    [SkippableTheory]
    [InlineData(1100)]
    [InlineData(640)]
    public async Task No_page_of_the_course_site_has_an_accessibility_violation(int width)
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var found = new List<string>();
        foreach (var page in Pages)
            found.AddRange((await browser.AccessibilityViolationsAsync(page, width)).Select(v => $"{Path.GetFileName(page)}: {v}"));
        Assert.True(found.Count == 0, $"{found.Count} violations at {width} px:\n{string.Join("\n", found)}");
    }

    [SkippableFact]
    public async Task At_640_pixels_no_page_of_the_course_site_scrolls_sideways()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var wide = new List<string>();
        foreach (var page in Pages)
        {
            await browser.OpenAsync(page, async p =>
            {
                var (scroll, client) = (await p.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await p.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
                if (scroll > client) wide.Add($"{Path.GetFileName(page)}: {scroll} px wide in a {client} px window");
            }, width: 640);
        }

        Assert.True(wide.Count == 0, "pages that scroll sideways at 640 px:\n" + string.Join("\n", wide));
    }

    [SkippableFact]
    public async Task Every_explorable_of_the_course_site_works_by_keyboard()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var moves = new List<KeyboardMove>();
        foreach (var page in Pages)
        {
            var report = await browser.OperateControlsByKeyboardAsync(page);
            Assert.Empty(report.Errors);
            Assert.Empty(report.ExternalRequests);
            moves.AddRange(report.Moves);
        }

        KeyboardAssertions.EveryKeyWorked(moves);
    }
}
