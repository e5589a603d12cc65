namespace LrNotebooks.Site.Tests;

/// <summary>
/// Works every control of every figure on every page of the fixture site in headless Chromium, the network blocked:
/// each slider is clicked at three or more positions and each button pressed, and each time the drawn data must
/// change, the control must show the chosen step, and nothing may be logged as an error.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ExplorableBrowserTests : IAsyncLifetime
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
        // The explorables fixture: a slider of 11 steps, 3 buttons, two sliders of 3 steps each.
        Assert.Equal(4, moves.Select(m => (m.Page, m.Figure, m.Control)).Distinct().Count());
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

/// <summary>The assertion every control test makes.</summary>
public static class ControlAssertions
{
    /// <summary>Every move selected its target and changed the drawn data; every slider moved at least three times.</summary>
    public static void EveryMoveChangedTheFigure(IReadOnlyList<ControlMove> moves)
    {
        Assert.NotEmpty(moves);
        var unchanged = moves.Where(m => !m.Changed || !m.Selected).ToList();
        Assert.True(unchanged.Count == 0, "controls that did not change the figure:\n" + string.Join("\n", unchanged));
        foreach (var slider in moves.Where(m => m.Control.StartsWith("slider", StringComparison.Ordinal)).GroupBy(m => (m.Page, m.Figure, m.Control)))
            Assert.True(slider.Count() >= 3, $"{slider.Key} moved only {slider.Count()} times");
    }
}
