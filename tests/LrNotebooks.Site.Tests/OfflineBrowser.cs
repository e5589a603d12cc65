using System.Collections.Concurrent;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LrNotebooks.Site.Tests;

/// <summary>
/// Headless Debian Chromium driven by Playwright (driver shipped in the NuGet package, no browser download),
/// with every request that is not file: or data: aborted and counted, so a page that works here works offline.
/// </summary>
public sealed class OfflineBrowser : IAsyncDisposable
{
    private const string InspectScript = """
        () => {
          const charts = Array.from(document.querySelectorAll('.plotly-chart')).map(el => {
            const box = el.getBoundingClientRect();
            return {
              id: el.id,
              isPlotlyPlot: el.classList.contains('js-plotly-plot'),
              hasPlotContainer: !!el.querySelector('.plot-container'),
              mainSvgCount: el.querySelectorAll('.main-svg').length,
              dataTraces: Array.isArray(el._fullData) ? el._fullData.length : 0,
              drawnTraces: el.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .boxlayer .trace, .heatmaplayer .hm, .contourlayer .contour, .pielayer .trace').length,
              width: box.width,
              height: box.height
            };
          });
          const maths = Array.from(document.querySelectorAll('math'));
          return JSON.stringify({
            charts: charts,
            mathCount: maths.length,
            renderedMathCount: maths.filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0; }).length,
            mathErrorCount: document.querySelectorAll('merror').length,
            mathIsMathML: maths.every(m => typeof MathMLElement !== 'undefined' && m instanceof MathMLElement)
          });
        }
        """;

    // After "load" every script has run: without plotly.js nothing will ever draw, so there is nothing to wait for.
    private const string ChartsSettled = """
        () => typeof Plotly === 'undefined' || Array.from(document.querySelectorAll('.plotly-chart')).every(el => el.querySelector('.main-svg'))
        """;

    // A Content-Security-Policy violation is an error of the page, whatever the browser logs by itself.
    private const string ReportPolicyViolations = """
        document.addEventListener('securitypolicyviolation', e =>
          console.error('Content-Security-Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>Starts Chromium; call <see cref="Chromium.RequireOrSkip"/> first.</summary>
    public static async Task<OfflineBrowser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-default-apps",
                    "--disable-extensions", "--allow-file-access-from-files",
                ],
            });
            return new OfflineBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a page from disk, waits for its charts, and reports what happened.</summary>
    public async Task<PageInspection> InspectAsync(string htmlFile)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var external = new ConcurrentQueue<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                external.Enqueue(url);
                await route.AbortAsync();
            }
        });

        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(ReportPolicyViolations);
        var consoleErrors = new ConcurrentQueue<string>();
        var pageErrors = new ConcurrentQueue<string>();
        var failed = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => pageErrors.Enqueue(error);
        page.RequestFailed += (_, request) => failed.Enqueue($"{request.Url}: {request.Failure}");

        await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        try
        {
            await page.WaitForFunctionAsync(ChartsSettled, null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            // Reported below: the chart states say which charts did not draw.
        }

        var json = await page.EvaluateAsync<string>(InspectScript);
        var state = JsonSerializer.Deserialize<InspectResult>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return new PageInspection(htmlFile, [.. external], [.. consoleErrors], [.. pageErrors], [.. failed], state.Charts,
            state.MathCount, state.RenderedMathCount, state.MathErrorCount, state.MathIsMathML);
    }

    /// <summary>
    /// Opens a page from disk with the network blocked, lets <paramref name="act"/> work on it (after the charts
    /// have drawn), and returns what the page said: console messages of every kind, page errors, dialogs and
    /// blocked requests.
    /// </summary>
    public async Task<PageSession> OpenAsync(string htmlFile, Func<IPage, Task> act, int width = 1100, float zoom = 1)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            DeviceScaleFactor = zoom,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var session = new PageSession();
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
                await route.ContinueAsync();
            else
            {
                session.External.Enqueue(url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(ReportPolicyViolations);
        page.Console += (_, message) => session.Console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => session.Console.Enqueue("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        try
        {
            await page.WaitForFunctionAsync(ChartsSettled, null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            // The caller's checks say which charts did not draw.
        }

        await act(page);
        return session;
    }

    /// <summary>
    /// Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on a page opened offline at <paramref name="width"/>
    /// pixels; returns one line per violating element: rule, impact, element and how to fix it.
    /// </summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(string htmlFile, int width = 1100)
    {
        var violations = new List<string>();
        await OpenAsync(htmlFile, async page =>
        {
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            foreach (var rule in result.Violations)
            {
                foreach (var node in rule.Nodes)
                {
                    var fix = string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message));
                    violations.Add($"{rule.Id} ({rule.Impact}) at {node.Target}: {node.Html} -- {rule.Help}; fix: {fix}");
                }
            }
        }, width);
        return violations;
    }

    /// <summary>Saves a full-page screenshot (for looking at the site by eye).</summary>
    public async Task ScreenshotAsync(string htmlFile, string pngFile, int width = 1100)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = pngFile, FullPage = true });
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private sealed record InspectResult(ChartState[] Charts, int MathCount, int RenderedMathCount, int MathErrorCount, bool MathIsMathML);
}
