using System.Text.Json;
using Microsoft.Playwright;

namespace LrNotebooks.Site.Tests;

public sealed partial class OfflineBrowser
{
    // What the reader sees of a figure: the traces drawn and seen (visible, not transparent), each with its name,
    // point count and last point, plus the title and annotations. A control that changes nothing of this failed.
    private const string DrawnState = """
        el => JSON.stringify({
          traces: (el._fullData || []).filter(t => t.visible === true && t.opacity > 0).map(t => [t.name, t.type,
            Array.isArray(t.x) ? t.x.length : 0, Array.isArray(t.x) && t.x.length ? t.x[t.x.length - 1] : null,
            Array.isArray(t.y) && t.y.length ? t.y[t.y.length - 1] : null]),
          title: el._fullLayout && el._fullLayout.title ? el._fullLayout.title.text : '',
          annotations: ((el._fullLayout && el._fullLayout.annotations) || []).map(a => a.text)
        })
        """;

    private const string Controls = """
        el => JSON.stringify({
          sliders: ((el.layout && el.layout.sliders) || []).map(s => ({ steps: s.steps.length, active: s.active || 0 })),
          menus: ((el.layout && el.layout.updatemenus) || []).map(m => ({ buttons: m.buttons.length, active: m.active === undefined ? 0 : m.active }))
        })
        """;

    /// <summary>
    /// Opens <paramref name="htmlFile"/> with the network blocked and works every control of every figure matched
    /// by <paramref name="figureSelector"/> the way a reader does, with the mouse: each slider is clicked at (at
    /// least) three step positions, each button of each menu is pressed. After every move the drawn state is read.
    /// </summary>
    public async Task<ControlsReport> ExerciseControlsAsync(string htmlFile, string figureSelector = ".plotly-chart")
    {
        await using var offline = await OpenOfflineAsync(htmlFile);
        var (page, external, errors) = (offline.Page, offline.External, offline.Errors);
        await WaitForDrawnAsync(page, figureSelector);

        var moves = new List<ControlMove>();
        var figures = await page.QuerySelectorAllAsync(figureSelector);
        for (int f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            await figure.ScrollIntoViewIfNeededAsync();
            var controls = JsonSerializer.Deserialize<FigureControls>(await figure.EvaluateAsync<string>(Controls), JsonOptions)!;
            for (int s = 0; s < controls.Sliders.Length; s++)
            {
                var (steps, active) = (controls.Sliders[s].Steps, controls.Sliders[s].Active);
                foreach (var target in SliderTargets(steps, active))
                {
                    string before = await figure.EvaluateAsync<string>(DrawnState);
                    var container = (await figure.QuerySelectorAllAsync(".slider-group"))[s];
                    var ticks = await container.QuerySelectorAllAsync(".slider-tick-rect");
                    var rail = await container.QuerySelectorAsync(".slider-rail-touch-rect");
                    var tick = await ticks[target].BoundingBoxAsync();
                    var railBox = await rail!.BoundingBoxAsync();
                    await page.Mouse.ClickAsync(tick!.X + tick.Width / 2, railBox!.Y + railBox.Height / 2);
                    await page.WaitForTimeoutAsync(200);
                    string after = await figure.EvaluateAsync<string>(DrawnState);
                    int now = await figure.EvaluateAsync<int>($"el => el.layout.sliders[{s}].active || 0");
                    moves.Add(new ControlMove(htmlFile, f, $"slider {s + 1}", target, now == target, before != after));
                }
            }
            for (int m = 0; m < controls.Menus.Length; m++)
            {
                var (buttons, active) = (controls.Menus[m].Buttons, controls.Menus[m].Active);
                foreach (var target in Enumerable.Range(0, buttons).Where(b => b != active).Append(active))
                {
                    if (buttons < 2) break;
                    string before = await figure.EvaluateAsync<string>(DrawnState);
                    var menu = (await figure.QuerySelectorAllAsync(".updatemenu-header-group"))[m];
                    var button = (await menu.QuerySelectorAllAsync(".updatemenu-button"))[target];
                    var box = await button.BoundingBoxAsync();
                    await page.Mouse.ClickAsync(box!.X + box.Width / 2, box.Y + box.Height / 2);
                    await page.WaitForTimeoutAsync(200);
                    string after = await figure.EvaluateAsync<string>(DrawnState);
                    int now = await figure.EvaluateAsync<int>($"el => el.layout.updatemenus[{m}].active === undefined ? 0 : el.layout.updatemenus[{m}].active");
                    moves.Add(new ControlMove(htmlFile, f, $"menu {m + 1}", target, now == target, before != after));
                }
            }
        }
        return new ControlsReport(htmlFile, figures.Count, moves, [.. errors], [.. external]);
    }

    /// <summary>
    /// Opens <paramref name="htmlFile"/> with the network blocked and presses the ▶ button (a menu whose button
    /// animates) of every figure that has animation frames, with the mouse. The drawn state is read before the press,
    /// shortly after it (mid-animation) and once the animation has ended.
    /// </summary>
    public async Task<PlayReport> PlayAsync(string htmlFile, string figureSelector = ".plotly-chart")
    {
        await using var offline = await OpenOfflineAsync(htmlFile);
        var (page, external, errors) = (offline.Page, offline.External, offline.Errors);
        await WaitForDrawnAsync(page, figureSelector);
        var plays = new List<PlayedFigure>();
        var figures = await page.QuerySelectorAllAsync(figureSelector);
        for (int f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            int frames = await figure.EvaluateAsync<int>("el => (el._transitionData && el._transitionData._frames || []).length");
            int menu = await figure.EvaluateAsync<int>("el => ((el.layout && el.layout.updatemenus) || []).findIndex(m => m.buttons.some(b => b.method === 'animate'))");
            if (frames == 0 || menu < 0) continue;
            await figure.ScrollIntoViewIfNeededAsync();
            string before = await figure.EvaluateAsync<string>(DrawnState);
            var header = (await figure.QuerySelectorAllAsync(".updatemenu-header-group"))[menu];
            var box = await (await header.QuerySelectorAsync(".updatemenu-button"))!.BoundingBoxAsync();
            await page.Mouse.ClickAsync(box!.X + box.Width / 2, box.Y + box.Height / 2);
            await page.WaitForTimeoutAsync(400);
            string during = await figure.EvaluateAsync<string>(DrawnState);
            await page.WaitForFunctionAsync("el => !el._transitionData._animationRaf && !(el._transitionData._frameQueue || []).length", figure,
                new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 100 });
            await page.WaitForTimeoutAsync(300);
            string after = await figure.EvaluateAsync<string>(DrawnState);
            plays.Add(new PlayedFigure(f, frames, before, during, after));
        }
        return new PlayReport(htmlFile, plays, [.. errors], [.. external]);
    }

    /// <summary>Opens a page offline and counts the elements matched by <paramref name="figureSelector"/> and those plotly.js drew into.</summary>
    public async Task<DrawnFigures> CountDrawnFiguresAsync(string htmlFile, string figureSelector)
    {
        await using var offline = await OpenOfflineAsync(htmlFile, consoleErrors: false, gotoTimeout: 120_000);
        var (page, external, errors) = (offline.Page, offline.External, offline.Errors);
        try
        {
            await WaitForDrawnAsync(page, figureSelector);
        }
        catch (TimeoutException)
        {
            // Counted below.
        }
        int figures = await page.EvaluateAsync<int>($"() => document.querySelectorAll('{figureSelector}').length");
        int drawn = await page.EvaluateAsync<int>($"() => Array.from(document.querySelectorAll('{figureSelector}')).filter(el => el.querySelector('.main-svg')).length");
        return new DrawnFigures(figures, drawn, [.. errors], [.. external]);
    }

    /// <summary>At least three positions, each different from the one before: the ends and the middle, away from the start.</summary>
    internal static IEnumerable<int> SliderTargets(int steps, int active)
    {
        if (steps < 2) yield break;
        int[] wanted = [steps - 1, 0, steps / 2, steps - 1];
        int current = active, moved = 0;
        foreach (var target in wanted)
        {
            int t = target == current ? (target + 1) % steps : target;
            if (t == current) continue;
            yield return t;
            current = t;
            moved++;
        }
        while (moved < 3)
        {
            int t = (current + 1) % steps;
            yield return t;
            current = t;
            moved++;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record FigureControls(SliderInfo[] Sliders, MenuInfo[] Menus);

    private sealed record SliderInfo(int Steps, int Active);

    private sealed record MenuInfo(int Buttons, int Active);
}

/// <summary>One move of one control: which figure, which control, the step or button chosen, and what happened.</summary>
/// <param name="Page">The page.</param>
/// <param name="Figure">Index of the figure on the page.</param>
/// <param name="Control">"slider k" or "menu k".</param>
/// <param name="Target">The step or button index chosen.</param>
/// <param name="Selected">The control reports the target as active afterwards.</param>
/// <param name="Changed">The drawn traces, title or annotations changed.</param>
public sealed record ControlMove(string Page, int Figure, string Control, int Target, bool Selected, bool Changed);

/// <summary>What working the controls of one page did.</summary>
public sealed record ControlsReport(string Page, int Figures, IReadOnlyList<ControlMove> Moves, IReadOnlyList<string> Errors, IReadOnlyList<string> ExternalRequests);

/// <summary>How many figures a page holds and how many of them drew, with what went wrong.</summary>
public sealed record DrawnFigures(int Figures, int Drawn, IReadOnlyList<string> PageErrors, IReadOnlyList<string> ExternalRequests);

/// <summary>One figure whose ▶ button was pressed: its drawn state before, mid-animation and after.</summary>
public sealed record PlayedFigure(int Figure, int Frames, string Before, string During, string After);

/// <summary>What pressing every ▶ button of a page did, and any error or request it caused.</summary>
public sealed record PlayReport(string Page, IReadOnlyList<PlayedFigure> Played, IReadOnlyList<string> Errors, IReadOnlyList<string> ExternalRequests);
