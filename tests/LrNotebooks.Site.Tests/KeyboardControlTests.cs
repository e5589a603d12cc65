namespace LrNotebooks.Site.Tests;

/// <summary>
/// The explorable figures of the fixture site worked with the keyboard only, network blocked: every slider moved
/// with End, Home and an arrow key, every button pressed with Enter or Space; each key changes what is drawn,
/// moves the chart's own control along, puts the description of the new state into the figure's description and
/// keeps the focus; nothing is logged as an error.
/// </summary>
[Trait("Category", "Browser")]
public sealed class KeyboardControlTests : IDisposable
{
    private readonly string _site = SiteFixtures.NewTemporaryDirectory();

    public KeyboardControlTests() => SiteExporter.Export(SiteFixtures.Notebooks, _site, new SiteExportOptions());

    public void Dispose() => Directory.Delete(_site, recursive: true);

    [SkippableFact]
    public async Task Every_slider_and_button_works_by_keyboard_and_the_description_follows()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var report = await browser.OperateControlsByKeyboardAsync(Path.Combine(_site, "03-explorables.html"));
        Assert.Empty(report.Errors);
        Assert.Empty(report.ExternalRequests);
        KeyboardAssertions.EveryKeyWorked(report.Moves);
        // The explorables fixture: a slider of 11 steps, 3 buttons, two sliders of 3 steps each, and the parabola's
        // slider (its one-button ▶ menu has nothing to choose between; the play test presses it).
        Assert.Equal(3 + 3 + 3 + 3 + 3, report.Moves.Count);
        Assert.Equal(["ArrowRight", "End", "Enter", "Home", "Space"], report.Moves.Select(m => m.Key).Distinct().Order(StringComparer.Ordinal));
    }
}
