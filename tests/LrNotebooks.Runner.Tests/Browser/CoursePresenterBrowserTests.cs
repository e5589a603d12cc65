using LrNotebooks.Runner.Tests.Support;
using Microsoft.Playwright;

namespace LrNotebooks.Runner.Tests.Browser;

/// <summary>
/// The presenter view on every page of the course site exported from the real notebook run (the notebooks, the
/// index and the instructor's guide), at projector size 1920×1080 in headless Chromium with the network blocked:
/// <c>p</c> enters it, the arrow keys reach every section in turn with at most one heading on screen, every chart
/// of a section is drawn at screen size, every slider and button of an explorable figure still changes what is
/// drawn, Escape returns to the page at the section shown, and no page logs an error or asks the network.
/// </summary>
[Collection("Notebook run")]
[Trait("Category", "Kernel")]
[Trait("Category", "Browser")]
public sealed class CoursePresenterBrowserTests(NotebookRunFixture fixture)
{
    [SkippableFact]
    public async Task Every_page_of_the_course_site_can_be_presented_section_by_section()
    {
        Chromium.RequireOrSkip();
        Skip.IfNot(fixture.HasNotebooks, "notebooks/ holds no notebook yet");
        var site = Path.Combine(fixture.ArtifactsDirectory, "site");
        var pages = Directory.GetFiles(site, "*.html").Order(StringComparer.Ordinal).ToList();
        Assert.Contains(pages, p => Path.GetFileName(p) == "instructors.html");
        Assert.Equal(RepositoryPaths.CommittedNotebooks.Count + 2, pages.Count);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"],
        });
        var reports = new List<PresenterReport>();
        foreach (var page in pages) reports.Add(await PresenterWalk.WalkAsync(browser, page));

        foreach (var report in reports) PresenterAssertions.PageWasPresented(report);
        Assert.True(reports.Sum(r => r.Slides.Sum(s => s.Charts.Count)) > RepositoryPaths.CommittedNotebooks.Count,
            "the course's charts were not shown in the presenter view");
        Assert.Contains(reports, r => r.Slides.Any(s => s.Moves.Count > 0));
    }
}
