using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// How long each page of an exported site takes to open and draw all its figures in headless Chromium, with the
/// network blocked (every request that is not file: is aborted): from the navigation to the moment every
/// <c>.plotly-chart</c> of the page holds a drawn plot. Median of several loads after a warm-up. Budget: 3 s.
/// </summary>
internal static class PageDrawTiming
{
    private const string AllDrawn = """
        () => {
          const charts = Array.from(document.querySelectorAll('.plotly-chart'));
          return charts.every(c => c.classList.contains('js-plotly-plot') && c.querySelector('.main-svg'));
        }
        """;

    public static async Task Run(string site, int rounds)
    {
        string chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        Console.WriteLine($"Pages of {site}, open and draw in {chromium}, median of {rounds} loads after one warm-up; load average {ExplorableBudgets.LoadAverage()}");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("file:", StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
        Console.WriteLine("| page | figures | median open and draw | min | max | budget |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var file in Directory.GetFiles(site, "*.html").Order(StringComparer.Ordinal))
        {
            var page = await context.NewPageAsync();
            string url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
            async Task<double> Load()
            {
                var watch = Stopwatch.StartNew();
                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
                await page.WaitForFunctionAsync(AllDrawn, null, new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 10 });
                return watch.Elapsed.TotalSeconds;
            }
            await Load();
            int figures = await page.EvaluateAsync<int>("() => document.querySelectorAll('.plotly-chart').length");
            var times = new double[rounds];
            for (int r = 0; r < rounds; r++) times[r] = await Load();
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Path.GetFileName(file)} | {figures} | {times[rounds / 2]:0.00} s | {times[0]:0.00} s | {times[^1]:0.00} s | {(times[rounds / 2] < 3 ? "ok" : "over")} |"));
            await page.CloseAsync();
        }
        Console.WriteLine($"load average after: {ExplorableBudgets.LoadAverage()}");
    }
}
