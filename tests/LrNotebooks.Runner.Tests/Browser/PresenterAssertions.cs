namespace LrNotebooks.Runner.Tests.Browser;

/// <summary>What a page walked in presenter mode (<see cref="PresenterWalk"/>) must show.</summary>
internal static class PresenterAssertions
{
    public static void PageWasPresented(PresenterReport report)
    {
        string name = Path.GetFileName(report.Page);
        Assert.True(report.HasButton, $"{name}: no visible presenter button");
        Assert.True(report.Entered, $"{name}: p did not start the presenter mode");
        Assert.NotEmpty(report.Slides);
        foreach (var slide in report.Slides)
        {
            string where = $"{name} section {slide.Expected + 1} of {report.Slides.Count}";
            Assert.True(slide.Shown == slide.Expected, $"{where}: the presenter showed section {slide.Shown + 1}");
            Assert.True(slide.Headings <= 1, $"{where}: {slide.Headings} headings on one screen");
            foreach (var chart in slide.Charts)
            {
                Assert.True(chart.Drawn, $"{where}: a chart is not drawn");
                Assert.True(chart.Inside, $"{where}: a chart is drawn wider than the page's room for it, so its edge is cut off");
                Assert.True(chart.Width >= 1400 && chart.Height >= 500,
                    $"{where}: a chart is {chart.Width:0}×{chart.Height:0}, not projector size");
            }
            foreach (var move in slide.Moves)
            {
                string control = $"{where}, figure {move.Figure + 1}, {move.Control}";
                Assert.True(move.Reachable, $"{control}: something covers the control");
                Assert.True(move.Selected, $"{control}: the control did not take the step");
                Assert.True(move.Changed, $"{control}: the figure did not change");
            }
        }
        Assert.True(report.Left, $"{name}: Escape did not return to the page");
        Assert.True(report.BackOnScreen, $"{name}: back on the page, the section shown last is off screen");
        Assert.True(report.Errors.Count == 0, $"{name}: {string.Join("; ", report.Errors)}");
        Assert.True(report.ExternalRequests.Count == 0, $"{name} asked the network: {string.Join(", ", report.ExternalRequests)}");
    }
}
