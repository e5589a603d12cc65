using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace LrNotebooks.Site.Tests;

public sealed partial class OfflineBrowser
{
    /// <summary>
    /// Opens <paramref name="htmlFile"/> from disk in a fresh context (1100 x 900, no service workers) where every request
    /// that is not file: or data: is aborted and recorded, collecting the page's errors (and, when
    /// <paramref name="consoleErrors"/>, its console errors, prefixed "page: " and "console: ") from the first script on.
    /// </summary>
    private async Task<OfflinePage> OpenOfflineAsync(string htmlFile, bool consoleErrors = true, float gotoTimeout = 60_000)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        try
        {
            var external = new ConcurrentQueue<string>();
            await context.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal)) await route.ContinueAsync();
                else { external.Enqueue(url); await route.AbortAsync(); }
            });
            var page = await context.NewPageAsync();
            var errors = new ConcurrentQueue<string>();
            if (consoleErrors) page.Console += (_, message) => { if (message.Type == "error") errors.Enqueue("console: " + message.Text); };
            page.PageError += (_, error) => errors.Enqueue(consoleErrors ? "page: " + error : error);
            await page.GotoAsync(new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = gotoTimeout });
            return new OfflinePage(context, page, external, errors);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until every element matched by <paramref name="figureSelector"/> holds a plot drawn by plotly.js.</summary>
    private static Task WaitForDrawnAsync(IPage page, string figureSelector) =>
        page.WaitForFunctionAsync($"() => Array.from(document.querySelectorAll('{figureSelector}')).every(el => el.querySelector('.main-svg'))",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });

    /// <summary>A page opened by <see cref="OpenOfflineAsync"/>; disposing it closes its context.</summary>
    private sealed record OfflinePage(IBrowserContext Context, IPage Page, ConcurrentQueue<string> External, ConcurrentQueue<string> Errors) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Context.DisposeAsync();
    }
}
