using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace LrNotebooks.Runner.Tests.Browser;

/// <summary>
/// Walks one page of an exported site in presenter mode at projector size, as an instructor does: <c>p</c>, then the
/// arrow keys through every section; on each section every chart is read (drawn, its size) and every explorable
/// figure's controls are moved once with the mouse (does the figure change?); then Escape returns to the page.
/// </summary>
internal static class PresenterWalk
{
    public const int Width = 1920;
    public const int Height = 1080;

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

    // Settled: every visible chart of the section is drawn and has taken the screen's width.
    private const string Settled = """
        () => Array.from(document.querySelectorAll('.js-plotly-plot'))
          .filter(el => el.offsetParent !== null || el.getClientRects().length > 0)
          .every(el => el.querySelector('.main-svg') && el.getBoundingClientRect().width >= 1400)
        """;

    // What the reader sees of a figure: the traces drawn, the title and the annotations.
    private const string DrawnState = """
        el => JSON.stringify({
          traces: (el._fullData || []).filter(t => t.visible === true && t.opacity > 0).map(t => [t.name, t.type,
            Array.isArray(t.x) ? t.x.length : 0, Array.isArray(t.x) && t.x.length ? t.x[t.x.length - 1] : null,
            Array.isArray(t.y) && t.y.length ? t.y[t.y.length - 1] : null]),
          title: el._fullLayout && el._fullLayout.title ? el._fullLayout.title.text : '',
          annotations: ((el._fullLayout && el._fullLayout.annotations) || []).map(a => a.text)
        })
        """;

    /// <summary>Opens <paramref name="file"/> offline in a fresh 1920×1080 context and walks it.</summary>
    public static async Task<PresenterReport> WalkAsync(IBrowser browser, string file)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = Height },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var external = new ConcurrentQueue<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)) await route.ContinueAsync();
            else { external.Enqueue(url); await route.AbortAsync(); }
        });
        var page = await context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        page.PageError += (_, error) => errors.Enqueue("page: " + error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Enqueue("console: " + message.Text); };
        await page.GotoAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });

        bool hasButton = await page.IsVisibleAsync("button.presenter-toggle");
        var slides = new List<SlideReport>();
        if (!hasButton) return new PresenterReport(file, false, false, slides, false, false, [.. errors], [.. external]);

        await page.Keyboard.PressAsync("p");
        var state = await StateAsync(page);
        bool entered = state.Active;
        for (int slide = 0; entered && slide < state.Slides; slide++)
        {
            if (slide > 0) await page.Keyboard.PressAsync(slide % 2 == 0 ? "PageDown" : "ArrowRight");
            await SettleAsync(page);
            var now = await StateAsync(page);
            var moves = await MoveControlsAsync(page);
            slides.Add(new SlideReport(now.Slide, slide, now.H2, now.Charts, moves));
        }
        await page.Keyboard.PressAsync("ArrowLeft");
        int before = (await StateAsync(page)).Slide;
        await page.Keyboard.PressAsync("Escape");
        bool left = !(await StateAsync(page)).Active;
        double top = await page.EvaluateAsync<double>($"() => document.querySelector('[data-slide=\"{before}\"]').getBoundingClientRect().top");
        // At the top of the window, or lower when the page ends before it can scroll that far: on screen either way.
        bool onScreen = top >= -2 && top <= Height - 40;
        return new PresenterReport(file, true, entered, slides, left, onScreen, [.. errors], [.. external]);
    }

    private static async Task SettleAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(Settled, null, new PageWaitForFunctionOptions { Timeout = 15_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
            // The section's report shows which chart did not settle.
        }
    }

    /// <summary>Moves every slider and menu of the section's visible figures once, to a step or button not active yet.</summary>
    private static async Task<IReadOnlyList<FigureMove>> MoveControlsAsync(IPage page)
    {
        var moves = new List<FigureMove>();
        var figures = await page.QuerySelectorAllAsync(".js-plotly-plot");
        for (int f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            if (!await figure.IsVisibleAsync()) continue;
            int sliders = await figure.EvaluateAsync<int>("el => ((el.layout && el.layout.sliders) || []).length");
            int menus = await figure.EvaluateAsync<int>("el => ((el.layout && el.layout.updatemenus) || []).length");
            for (int s = 0; s < sliders; s++)
            {
                int steps = await figure.EvaluateAsync<int>($"el => el.layout.sliders[{s}].steps.length");
                int active = await figure.EvaluateAsync<int>($"el => el.layout.sliders[{s}].active || 0");
                if (steps < 2) continue;
                int target = active == steps - 1 ? 0 : steps - 1;
                var container = (await figure.QuerySelectorAllAsync(".slider-group"))[s];
                await container.EvaluateAsync("el => el.scrollIntoView({ block: 'center' })");
                string drawn = await figure.EvaluateAsync<string>(DrawnState);
                var tick = await (await container.QuerySelectorAllAsync(".slider-tick-rect"))[target].BoundingBoxAsync();
                var rail = await (await container.QuerySelectorAsync(".slider-rail-touch-rect"))!.BoundingBoxAsync();
                var (x, y) = (tick!.X + tick.Width / 2, rail!.Y + rail.Height / 2);
                bool reachable = await ReachableAsync(page, x, y);
                await page.Mouse.ClickAsync(x, y);
                await page.WaitForTimeoutAsync(250);
                int now = await figure.EvaluateAsync<int>($"el => el.layout.sliders[{s}].active || 0");
                moves.Add(new FigureMove(f, $"slider {s + 1}", reachable, now == target, drawn != await figure.EvaluateAsync<string>(DrawnState)));
            }
            for (int m = 0; m < menus; m++)
            {
                int buttons = await figure.EvaluateAsync<int>($"el => el.layout.updatemenus[{m}].buttons.length");
                int active = await figure.EvaluateAsync<int>($"el => el.layout.updatemenus[{m}].active === undefined ? 0 : el.layout.updatemenus[{m}].active");
                if (buttons < 2) continue;
                int target = active == 0 ? 1 : 0;
                var menu = (await figure.QuerySelectorAllAsync(".updatemenu-header-group"))[m];
                await menu.EvaluateAsync("el => el.scrollIntoView({ block: 'center' })");
                string drawn = await figure.EvaluateAsync<string>(DrawnState);
                var box = await (await menu.QuerySelectorAllAsync(".updatemenu-button"))[target].BoundingBoxAsync();
                var (x, y) = (box!.X + box.Width / 2, box.Y + box.Height / 2);
                bool reachable = await ReachableAsync(page, x, y);
                await page.Mouse.ClickAsync(x, y);
                await page.WaitForTimeoutAsync(250);
                int now = await figure.EvaluateAsync<int>($"el => el.layout.updatemenus[{m}].active === undefined ? 0 : el.layout.updatemenus[{m}].active");
                moves.Add(new FigureMove(f, $"menu {m + 1}", reachable, now == target, drawn != await figure.EvaluateAsync<string>(DrawnState)));
            }
        }
        // The arrow keys belong to the presenter again, not to whatever the clicks left focused.
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur && document.activeElement.blur()");
        return moves;
    }

    /// <summary>Whether a click at (x, y) lands on the figure, not on the presenter's bar or anything else above it.</summary>
    private static Task<bool> ReachableAsync(IPage page, double x, double y) =>
        page.EvaluateAsync<bool>("([x, y]) => { const e = document.elementFromPoint(x, y); return !!(e && e.closest('.js-plotly-plot')); }", new[] { x, y });

    private static async Task<SlideState> StateAsync(IPage page) =>
        JsonSerializer.Deserialize<SlideState>(await page.EvaluateAsync<string>(SlideState), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}

/// <summary>The presenter's state on a page: on or off, which section of how many, the visible charts and h2 headings.</summary>
internal sealed record SlideState(bool Active, int Slide, int Slides, ChartSize[] Charts, int H2);

/// <summary>A visible chart: its size on screen, whether plotly.js drew it, and whether the drawing fits the room the page gives it.</summary>
internal sealed record ChartSize(double Width, double Height, bool Drawn, bool Inside);

/// <summary>One control of an explorable figure moved in presenter mode: was it clickable, did it take the step, did the figure change.</summary>
internal sealed record FigureMove(int Figure, string Control, bool Reachable, bool Selected, bool Changed);

/// <summary>One section as shown: the presenter's section index against the one expected, headings, charts, control moves.</summary>
internal sealed record SlideReport(int Shown, int Expected, int Headings, IReadOnlyList<ChartSize> Charts, IReadOnlyList<FigureMove> Moves);

/// <summary>A page walked in presenter mode.</summary>
internal sealed record PresenterReport(string Page, bool HasButton, bool Entered, IReadOnlyList<SlideReport> Slides, bool Left, bool BackOnScreen,
    IReadOnlyList<string> Errors, IReadOnlyList<string> ExternalRequests);
