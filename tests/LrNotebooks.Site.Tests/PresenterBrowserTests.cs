using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace LrNotebooks.Site.Tests;

/// <summary>
/// The presenter mode at projector size (1920×1080) in headless Chromium: on every page of the exported fixture site
/// it walks through every section with the keyboard, checks that every chart of the section is drawn at screen size,
/// returns with Escape to the same place, and sees no page error. <c>LRNOTEBOOKS_SITE</c> points it at another
/// exported site (for example the course's, <c>artifacts/site</c>).
/// </summary>
[Trait("Category", "Browser")]
public sealed class PresenterBrowserTests : IAsyncLifetime
{
    private const string SlideState = """
        () => {
          const visible = el => el.offsetParent !== null || el.getClientRects().length > 0;
          const charts = Array.from(document.querySelectorAll('.js-plotly-plot')).filter(visible).map(el => {
            const box = el.getBoundingClientRect();
            const svg = el.querySelector('.main-svg');
            const room = el.parentElement ? el.parentElement.getBoundingClientRect() : box;
            return { width: box.width, height: box.height, drawn: !!svg,
                     inside: !svg || (svg.getBoundingClientRect().left >= room.left - 1 && svg.getBoundingClientRect().right <= room.right + 1) };
          });
          const p = window.lrPresenter;
          const h2 = Array.from(document.querySelectorAll('main h2')).filter(visible).length;
          return JSON.stringify({ active: p.active, slide: p.slide, slides: p.slides, charts: charts, h2: h2 });
        }
        """;

    private string _site = "";
    private bool _temporary;

    public Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable("LRNOTEBOOKS_SITE");
        if (!string.IsNullOrEmpty(given))
        {
            _site = given;
            return Task.CompletedTask;
        }
        _site = SiteFixtures.NewTemporaryDirectory();
        _temporary = true;
        SiteExporter.Export(SiteFixtures.Notebooks, _site, new SiteExportOptions { InstructorsGuide = Guide });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        if (_temporary) Directory.Delete(_site, recursive: true);
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task Every_section_of_every_page_is_shown_at_projector_size_and_escape_returns_to_the_page()
    {
        Chromium.RequireOrSkip();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files"],
        });
        var pages = Directory.GetFiles(_site, "*.html").Order().ToArray();
        Assert.NotEmpty(pages);
        int sections = 0, charts = 0;
        foreach (var file in pages)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            var page = await context.NewPageAsync();
            var errors = new ConcurrentQueue<string>();
            page.PageError += (_, error) => errors.Enqueue(error);
            page.Console += (_, message) => { if (message.Type == "error") errors.Enqueue(message.Text); };
            await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
            var name = Path.GetFileName(file);

            Assert.True(await page.IsVisibleAsync("button.presenter-toggle"), $"{name}: no visible presenter button");
            await page.Keyboard.PressAsync("p");
            var state = await State(page);
            Assert.True(state.Active, $"{name}: p did not start the presenter mode");
            for (int slide = 0; slide < state.Slides; slide++)
            {
                if (slide > 0) await page.Keyboard.PressAsync(slide % 2 == 0 ? "PageDown" : "ArrowRight");
                await page.WaitForTimeoutAsync(150);
                state = await State(page);
                Assert.Equal(slide, state.Slide);
                Assert.True(state.H2 <= 1, $"{name} section {slide}: {state.H2} headings on one screen");
                foreach (var chart in state.Charts)
                {
                    Assert.True(chart.Drawn, $"{name} section {slide}: a chart is not drawn");
                    Assert.True(chart.Inside, $"{name} section {slide}: a chart is drawn wider than its room, its edge cut off");
                    Assert.True(chart.Width >= 1400 && chart.Height >= 500, $"{name} section {slide}: a chart is {chart.Width}×{chart.Height}, not projector size");
                    charts++;
                }
                sections++;
            }
            await page.Keyboard.PressAsync("ArrowLeft");
            var before = (await State(page)).Slide;
            await page.Keyboard.PressAsync("Escape");
            var after = await State(page);
            Assert.False(after.Active, $"{name}: Escape did not return to the page");
            var firstOfSlide = await page.EvaluateAsync<double>($"() => document.querySelector('[data-slide=\"{before}\"]').getBoundingClientRect().top");
            // At the top of the window, or lower when the page ends before it can scroll that far: on screen either way.
            Assert.InRange(firstOfSlide, -2, 1080 - 40);
            await page.ClickAsync("button.presenter-toggle");
            Assert.True((await State(page)).Active, $"{name}: the button did not start the presenter mode");
            Assert.True(errors.IsEmpty, $"{name}: {string.Join("; ", errors)}");
        }
        Assert.True(sections >= pages.Length);
        Assert.True(charts > 0 || !_temporary, "the fixture site has charts; none was shown in the presenter mode");
    }

    [SkippableFact]
    public void The_instructors_guide_is_a_page_linked_from_the_index()
    {
        Skip.If(!_temporary, "LRNOTEBOOKS_SITE names a prebuilt site");
        var index = File.ReadAllText(Path.Combine(_site, "index.html"));
        var guide = File.ReadAllText(Path.Combine(_site, "instructors.html"));

        Assert.Contains("<a href=\"instructors.html\">Instructor's guide</a>", index);
        Assert.Contains("<h1", guide);
        Assert.Contains("answer key", guide);
    }

    /// <summary>The course's instructor's guide, found from the test's folder upward.</summary>
    private static string Guide
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "notebooks", "INSTRUCTORS.md");
                if (File.Exists(path)) return path;
            }
            throw new FileNotFoundException("notebooks/INSTRUCTORS.md not found above " + AppContext.BaseDirectory);
        }
    }

    private static async Task<State> State(IPage page) =>
        JsonSerializer.Deserialize<State>(await page.EvaluateAsync<string>(SlideState), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}

internal sealed record State(bool Active, int Slide, int Slides, ChartBox[] Charts, int H2);

internal sealed record ChartBox(double Width, double Height, bool Drawn, bool Inside);
