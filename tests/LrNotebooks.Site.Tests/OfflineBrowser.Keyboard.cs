using Microsoft.Playwright;

namespace LrNotebooks.Site.Tests;

public sealed partial class OfflineBrowser
{
    // The state a keyboard move must reach: the chart's own control (Plotly's SVG slider or menu) shows the step.
    private const string ActiveStep = """
        (el, [kind, index]) => {
          const controls = (el.layout && el.layout[kind]) || [];
          return controls[index] && controls[index].active !== undefined ? controls[index].active : 0;
        }
        """;

    /// <summary>
    /// Opens <paramref name="htmlFile"/> with the network blocked and works the HTML controls of every explorable
    /// figure with the keyboard only: each range input is focused and moved with End, Home and an arrow key (three
    /// moves, each to a different step), each button is focused and pressed with Enter or Space. After every key the
    /// drawn state, the chart's own control and the figure's description are read.
    /// </summary>
    public async Task<KeyboardReport> OperateControlsByKeyboardAsync(string htmlFile)
    {
        await using var offline = await OpenOfflineAsync(htmlFile);
        var (page, external, errors) = (offline.Page, offline.External, offline.Errors);
        await WaitForDrawnAsync(page, ".plotly-chart");

        var moves = new List<KeyboardMove>();
        var figures = await page.QuerySelectorAllAsync("figure.chart-figure:has(.chart-controls)");
        for (int f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            var chart = (await figure.QuerySelectorAsync(".plotly-chart"))!;
            var description = (await figure.QuerySelectorAsync(".chart-description p"))!;
            var sliders = await figure.QuerySelectorAllAsync(".chart-controls input[type=range]");
            for (int s = 0; s < sliders.Count; s++)
            {
                var input = sliders[s];
                int steps = int.Parse(await input.GetAttributeAsync("max") ?? "0", System.Globalization.CultureInfo.InvariantCulture) + 1;
                int current = int.Parse(await input.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
                (string Key, int Target)[] keys = current == steps - 1
                    ? [("Home", 0), ("End", steps - 1), ("ArrowLeft", steps - 2)]
                    : [("End", steps - 1), ("Home", 0), ("ArrowRight", 1)];
                foreach (var (key, target) in keys)
                {
                    await input.FocusAsync();
                    moves.Add(await PressAsync(page, chart, description, htmlFile, f, $"slider {s + 1}", key, target,
                        async () => await chart.EvaluateAsync<int>(ActiveStep, new object[] { "sliders", s }) == target
                            && await input.InputValueAsync() == target.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }

            var groups = await figure.QuerySelectorAllAsync(".chart-controls [role=group]");
            for (int m = 0; m < groups.Count; m++)
            {
                var buttons = await groups[m].QuerySelectorAllAsync("button");
                int active = 0;
                for (int b = 0; b < buttons.Count; b++)
                    if (await buttons[b].GetAttributeAsync("aria-pressed") == "true") active = b;
                var order = Enumerable.Range(0, buttons.Count).Where(b => b != active).Append(active).ToList();
                for (int k = 0; k < order.Count && buttons.Count > 1; k++)
                {
                    int target = order[k], menu = m;
                    await buttons[target].FocusAsync();
                    moves.Add(await PressAsync(page, chart, description, htmlFile, f, $"menu {m + 1}", k % 2 == 0 ? "Enter" : "Space", target,
                        async () => await chart.EvaluateAsync<int>(ActiveStep, new object[] { "updatemenus", menu }) == target
                            && await buttons[target].GetAttributeAsync("aria-pressed") == "true"));
                }
            }
        }

        return new KeyboardReport(htmlFile, figures.Count, moves, [.. errors], [.. external]);
    }

    private static async Task<KeyboardMove> PressAsync(IPage page, IElementHandle chart, IElementHandle description, string htmlFile,
        int figure, string control, string key, int target, Func<Task<bool>> selected)
    {
        string drawnBefore = await chart.EvaluateAsync<string>(DrawnState);
        string describedBefore = await description.TextContentAsync() ?? "";
        await page.Keyboard.PressAsync(key);
        await page.WaitForTimeoutAsync(300);
        string drawnAfter = await chart.EvaluateAsync<string>(DrawnState);
        string describedAfter = await description.TextContentAsync() ?? "";
        bool focused = await page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.closest('.chart-controls') !== null");
        return new KeyboardMove(htmlFile, figure, control, key, target, await selected(), drawnBefore != drawnAfter,
            describedBefore, describedAfter, focused);
    }
}

/// <summary>One key pressed on one HTML control of a figure, and what it did.</summary>
/// <param name="Page">The page.</param>
/// <param name="Figure">Index of the explorable figure on the page.</param>
/// <param name="Control">"slider k" or "menu k".</param>
/// <param name="Key">The key pressed.</param>
/// <param name="Target">The step or button the key should choose.</param>
/// <param name="Selected">The HTML control and the chart's own control both show the target afterwards.</param>
/// <param name="Changed">The drawn traces, title or annotations changed.</param>
/// <param name="DescriptionBefore">The figure's description before the key.</param>
/// <param name="DescriptionAfter">The figure's description after the key.</param>
/// <param name="FocusKept">The keyboard focus is still on the figure's controls.</param>
public sealed record KeyboardMove(string Page, int Figure, string Control, string Key, int Target, bool Selected, bool Changed,
    string DescriptionBefore, string DescriptionAfter, bool FocusKept)
{
    /// <summary>The move chose its target, changed the drawing and the description, and left the focus where it was.</summary>
    public bool Worked => Selected && Changed && FocusKept && DescriptionBefore != DescriptionAfter && DescriptionAfter.Length > 0;
}

/// <summary>What working the controls of one page by keyboard did.</summary>
public sealed record KeyboardReport(string Page, int Figures, IReadOnlyList<KeyboardMove> Moves, IReadOnlyList<string> Errors, IReadOnlyList<string> ExternalRequests);
