namespace LrNotebooks.Site.Tests;

/// <summary>
/// Exports the committed executed fixture notebooks and opens every page in headless Chromium with the
/// network blocked. Always runs (it needs no notebook execution), so the offline guarantees are checked
/// even when the course notebooks are not executed.
/// </summary>
[Trait("Category", "Browser")]
public sealed class FixtureSiteBrowserTests : IAsyncLifetime
{
    private string _site = "";

    public Task InitializeAsync()
    {
        _site = SiteFixtures.NewTemporaryDirectory();
        var report = SiteExporter.Export(SiteFixtures.Notebooks, _site, new SiteExportOptions());
        Assert.Empty(report.Warnings);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_site, recursive: true);
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task Every_fixture_page_draws_its_charts_and_math_offline_without_errors()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var totalCharts = 0;
        foreach (var notebook in SiteFixtures.Notebooks)
        {
            var expected = PageExpectations.For(notebook);
            var page = await browser.InspectAsync(Path.Combine(_site, Path.GetFileNameWithoutExtension(notebook) + ".html"));
            SiteAssertions.PageIsHealthy(page, expected.ChartOutputs, expected.Formulas);
            totalCharts += page.Charts.Count;
        }

        Assert.Equal(3, totalCharts);
        SiteAssertions.PageIsHealthy(await browser.InspectAsync(Path.Combine(_site, "index.html")), 0, 0);
    }

    [SkippableFact]
    public async Task A_page_that_loads_a_script_from_a_cdn_is_caught()
    {
        // The test must be able to fail: a page with a CDN script is reported as an external request.
        Chromium.RequireOrSkip();
        var page = Path.Combine(_site, "cdn-probe.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><head><script src=\"https://cdn.plot.ly/plotly-2.28.0.min.js\"></script></head><body></body></html>");
        await using var browser = await OfflineBrowser.LaunchAsync();
        var inspection = await browser.InspectAsync(page);
        Assert.Contains(inspection.ExternalRequests, url => url.Contains("cdn.plot.ly", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_chart_whose_plotly_script_is_missing_is_caught()
    {
        Chromium.RequireOrSkip();
        File.Delete(Path.Combine(_site, PlotlyAsset.FileName));
        await using var browser = await OfflineBrowser.LaunchAsync();
        var inspection = await browser.InspectAsync(Path.Combine(_site, Path.GetFileNameWithoutExtension(SiteFixtures.Notebooks[0]) + ".html"));
        Assert.NotEmpty(inspection.Charts);
        Assert.All(inspection.Charts, chart => Assert.False(chart.Drew));
        Assert.NotEmpty(inspection.PageErrors.Concat(inspection.ConsoleErrors).Concat(inspection.FailedRequests));
    }
}
