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

        Assert.Equal(7, totalCharts);   // three charts in 01, four explorables in 03
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

    // Works every control of every figure: each slider at three or more positions, each button pressed; each time
    // the drawn data must change, the control must show the chosen step, and nothing may be logged as an error.
    [SkippableFact]
    public async Task Every_slider_and_button_of_every_page_changes_what_is_drawn()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var moves = new List<ControlMove>();
        foreach (var page in Directory.GetFiles(_site, "*.html").Order(StringComparer.Ordinal))
        {
            var report = await browser.ExerciseControlsAsync(page);
            Assert.Empty(report.Errors);
            Assert.Empty(report.ExternalRequests);
            moves.AddRange(report.Moves);
        }
        ControlAssertions.EveryMoveChangedTheFigure(moves);
        // The explorables fixture: a slider of 11 steps, 3 buttons, two sliders of 3 steps each, a slider of 14
        // steps (its ▶ button, a menu of one button, is pressed by the test below).
        Assert.Equal(5, moves.Select(m => (m.Page, m.Figure, m.Control)).Distinct().Count());
    }

    // The ▶ button of an explorable with frames: pressed with the mouse, it draws the paths step by step (mid-way the
    // drawn data differ from the figure) and ends on the figure as drawn, with no error and no request.
    [SkippableFact]
    public async Task The_play_button_draws_the_steps_and_ends_on_the_whole_figure()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var played = new List<PlayedFigure>();
        foreach (var page in Directory.GetFiles(_site, "*.html").Order(StringComparer.Ordinal))
        {
            var report = await browser.PlayAsync(page);
            Assert.Empty(report.Errors);
            Assert.Empty(report.ExternalRequests);
            played.AddRange(report.Played);
        }
        var figure = Assert.Single(played);
        Assert.True(figure.Frames > 2);
        Assert.NotEqual(figure.Before, figure.During);
        Assert.Equal(figure.Before, figure.After);
    }

    [Fact]
    public void Slider_targets_are_three_or_more_distinct_moves()
    {
        Assert.Equal([1, 0, 1, 0], OfflineBrowser.SliderTargets(2, 0));
        Assert.Equal([10, 0, 5, 10], OfflineBrowser.SliderTargets(11, 3));
        Assert.Equal([2, 0, 1, 2], OfflineBrowser.SliderTargets(3, 0));
        Assert.Empty(OfflineBrowser.SliderTargets(1, 0));
    }
}
