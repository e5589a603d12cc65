using System.Text.Json.Nodes;

namespace LrNotebooks.Site.Tests;

/// <summary>
/// Accessibility of the exported site in headless Chromium, network blocked: axe-core finds no WCAG 2.0/2.1 A
/// or AA violation on any page (fixture notebooks and an explorable figure), at full width and at 640 px (a
/// 1280 px screen at 200% zoom) without sideways scrolling of the page; every chart has a generated
/// description.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityTests : IDisposable
{
    private readonly string _work = SiteFixtures.NewTemporaryDirectory();
    private readonly string _site;

    public AccessibilityTests()
    {
        _site = Path.Combine(_work, "site");
        var explorable = TestNotebooks.Write(_work, "03-explorable", [TestNotebooks.Markdown("# An explorable figure"), TestNotebooks.Display(Figure.PlotlyJsonMimeType, Explorable().ToJsonString())]);
        SiteExporter.Export([.. SiteFixtures.Notebooks, explorable], _site, new SiteExportOptions());
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    // Two runs, one visible at a time: a slider of two steps and two buttons, each showing one run.
    private static JsonObject Explorable()
    {
        JsonObject Step(string label, bool slow) => new()
        {
            ["label"] = label,
            ["method"] = "update",
            ["args"] = new JsonArray(new JsonObject { ["visible"] = new JsonArray(slow, !slow) }, new JsonObject { ["title.text"] = slow ? "Slow run" : "Fast run" }),
        };
        return new JsonObject
        {
            ["data"] = new JsonArray(
                new JsonObject { ["type"] = "scatter", ["mode"] = "lines", ["name"] = "η = 0.1", ["x"] = new JsonArray(0, 1, 2), ["y"] = new JsonArray(4.0, 3.0, 2.0) },
                new JsonObject { ["type"] = "scatter", ["mode"] = "lines", ["name"] = "η = 0.5", ["visible"] = false, ["x"] = new JsonArray(0, 1, 2), ["y"] = new JsonArray(4.0, 1.0, 0.25) }),
            ["layout"] = new JsonObject
            {
                ["title"] = new JsonObject { ["text"] = "Slow run" },
                ["sliders"] = new JsonArray(new JsonObject { ["active"] = 0, ["currentvalue"] = new JsonObject { ["prefix"] = "η = " }, ["steps"] = new JsonArray(Step("0.1", true), Step("0.5", false)) }),
                ["updatemenus"] = new JsonArray(new JsonObject { ["type"] = "buttons", ["active"] = 0, ["buttons"] = new JsonArray(Step("slow", true), Step("fast", false)) }),
            },
        };
    }

    private IEnumerable<string> Pages => Directory.GetFiles(_site, "*.html").Order(StringComparer.Ordinal);

    [SkippableTheory]
    [InlineData(1100)]
    [InlineData(640)]
    public async Task No_page_has_an_accessibility_violation(int width)
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        var found = new List<string>();
        foreach (var page in Pages)
            found.AddRange((await browser.AccessibilityViolationsAsync(page, width)).Select(v => $"{Path.GetFileName(page)}: {v}"));
        Assert.True(found.Count == 0, $"{found.Count} violations at {width} px:\n{string.Join("\n", found)}");
    }

    // The check must be able to fail: a page with an image without text, an unlabelled input and grey on grey.
    [SkippableFact]
    public async Task A_page_with_violations_is_caught_with_rule_element_and_fix()
    {
        Chromium.RequireOrSkip();
        var page = Path.Combine(_site, "violations-probe.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html lang=\"en\"><head><title>Probe</title></head><body><main><h1>Probe</h1>"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"range\"><p style=\"color:#aaa;background:#bbb\">faint</p></main></body></html>");
        await using var browser = await OfflineBrowser.LaunchAsync();
        var found = await browser.AccessibilityViolationsAsync(page);
        Assert.Contains(found, v => v.StartsWith("image-alt (critical) at img", StringComparison.Ordinal) && v.Contains("fix: ", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("label ", StringComparison.Ordinal));
        Assert.Contains(found, v => v.StartsWith("color-contrast ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task At_640_pixels_the_page_does_not_scroll_sideways()
    {
        Chromium.RequireOrSkip();
        await using var browser = await OfflineBrowser.LaunchAsync();
        foreach (var page in Pages)
        {
            await browser.OpenAsync(page, async p =>
                Assert.False(await p.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                    $"{Path.GetFileName(page)} scrolls sideways at 640 px"), width: 640);
        }
    }

    [Fact]
    public void Every_chart_has_a_generated_description()
    {
        foreach (var page in Pages)
        {
            var html = File.ReadAllText(page);
            var charts = html.Split("class=\"plotly-chart\"").Length - 1;
            var described = System.Text.RegularExpressions.Regex.Matches(html, "<p id=\"[^\"]+-description\" aria-live=\"polite\">([^<]+)</p>");
            Assert.Equal(charts, described.Count);
            Assert.All(described, m => Assert.Contains(" series", m.Groups[1].Value, StringComparison.Ordinal));
        }
    }
}
