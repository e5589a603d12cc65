using System.Globalization;
using System.Text.Json.Nodes;
using LrNotebooks.Core;

namespace LrNotebooks.Course;

/// <summary>
/// A ▶ button that draws the paths and loss curves of a figure step by step: plotly.js animation frames, precomputed
/// here (Plotly.NET writes none), so the motion plays in VS Code, Jupyter and on the offline site with no kernel.
/// Frame k shows every point of step ≤ k of each animated trace and nothing later; the last frame is the figure as
/// drawn. In an explorable every panel's traces are animated together, so the button plays whichever value the
/// slider shows.
/// </summary>
/// <remarks>
/// A trace is animated when the step of each of its points is known: paths over a surface (<see cref="Plots.Contour(LrNotebooks.Core.Surfaces.Surface, LrNotebooks.Core.Running.Trajectory[])"/>,
/// <see cref="Plots.Curve"/>) carry it first in their hover data ("12", or "3→4" for the point where step 4 leaves
/// the plotted area); loss curves (<see cref="Plots.Loss(LrNotebooks.Core.Running.Trajectory[])"/>) have it as x.
/// </remarks>
public static class PlayButton
{
    /// <summary>The frame's duration, in milliseconds.</summary>
    private const int FrameMilliseconds = 110;

    /// <summary>
    /// <paramref name="figure"/> with frames and a ▶ button. Steps 0 … <paramref name="stepByStep"/> get a frame each,
    /// the rest of the run at most <paramref name="moreFrames"/> more, evenly spaced (a 1000-step run would otherwise
    /// cost a thousand copies of its path).
    /// </summary>
    /// <exception cref="ArgumentException">The figure draws no trace whose steps are known.</exception>
    public static Figure Add(Figure figure, int stepByStep = 25, int moreFrames = 8)
    {
        Guard.NotNull(figure, nameof(figure));
        Guard.AtLeast(stepByStep, 1, nameof(stepByStep));
        Guard.AtLeast(moreFrames, 0, nameof(moreFrames));
        var json = figure.ToJson();
        var traces = (JsonArray)json["data"]!;
        var animated = new List<(int Index, double?[] X, double?[] Y, int[] Steps)>();
        for (int i = 0; i < traces.Count; i++)
            if (traces[i] is JsonObject t && Steps(t) is { } steps && steps.Length >= 2 && steps[^1] > 0)
                animated.Add((i, Numbers(t["x"]), Numbers(t["y"]), steps));
        if (animated.Count == 0)
            throw new ArgumentException("The figure draws no path or loss curve whose steps are known; nothing to play.", nameof(figure));
        var frames = new JsonArray();
        foreach (int k in Checkpoints(animated.Max(a => a.Steps[^1]), stepByStep, moreFrames))
        {
            var data = new JsonArray();
            foreach (var (_, x, y, steps) in animated)
            {
                int n = Count(steps, k);
                data.Add(new JsonObject { ["x"] = Array(x, n), ["y"] = Array(y, n) });
            }
            frames.Add(new JsonObject
            {
                ["name"] = Name(k),
                ["data"] = data,
                ["traces"] = new JsonArray(animated.Select(a => (JsonNode)a.Index).ToArray()),
            });
        }
        json["frames"] = frames;
        AddButton((JsonObject)json["layout"]!);
        return new Figure(json);
    }

    /// <summary>The name of the frame that shows steps 0 … <paramref name="step"/>.</summary>
    public static string Name(int step) => "step " + step.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number of leading points of a trace shown at step <paramref name="k"/> (steps never decrease along a trace).</summary>
    internal static int Count(int[] steps, int k)
    {
        int n = 0;
        while (n < steps.Length && steps[n] <= k) n++;
        return n;
    }

    /// <summary>The steps that get a frame: 0 … stepByStep, then evenly spaced up to the last.</summary>
    internal static List<int> Checkpoints(int last, int stepByStep, int moreFrames)
    {
        var list = Enumerable.Range(0, Math.Min(last, stepByStep) + 1).ToList();
        if (last > stepByStep)
        {
            for (int j = 1; j <= moreFrames; j++)
            {
                int k = stepByStep + (int)Math.Round((double)(last - stepByStep) * j / moreFrames);
                if (k > list[^1]) list.Add(k);
            }
            if (list[^1] != last) list.Add(last);
        }
        return list;
    }

    /// <summary>
    /// The step of each point of a scatter trace, or null when it is not known: from the first column of the hover
    /// data of a path ("12"; "3→4" counts as step 4; an empty row, a gap, belongs to the point after it), or from x
    /// when x counts steps 0, 1, 2, … (a loss curve).
    /// </summary>
    internal static int[]? Steps(JsonObject trace)
    {
        if ((string?)trace["type"] != "scatter" || trace["x"] is not JsonArray x) return null;
        if (trace["customdata"] is JsonArray custom && custom.Count == x.Count && custom.Count > 0
            && custom[0] is JsonArray first && first.Count > 0 && first[0] is JsonValue v0 && v0.TryGetValue<string>(out var s0) && Parse(s0) is not null)
        {
            var steps = new int?[custom.Count];
            for (int i = 0; i < custom.Count; i++)
                steps[i] = custom[i] is JsonArray row && row.Count > 0 && row[0] is JsonValue v && v.TryGetValue<string>(out var s) ? Parse(s) : null;
            for (int i = steps.Length - 1; i >= 0; i--)
                steps[i] ??= i + 1 < steps.Length ? steps[i + 1] : steps[Math.Max(0, i - 1)];
            return Monotone(steps);
        }
        var xs = Numbers(x);
        if (xs.Length == 0 || xs[0] != 0) return null;
        var fromX = new int?[xs.Length];
        for (int i = 0; i < xs.Length; i++)
            fromX[i] = xs[i] is double d && d == Math.Floor(d) && d >= 0 ? (int)d : null;
        return fromX.Any(s => s is null) ? null : Monotone(fromX);
    }

    private static int[]? Monotone(int?[] steps)
    {
        if (steps.Any(s => s is null)) return null;
        for (int i = 1; i < steps.Length; i++)
            if (steps[i] < steps[i - 1]) return null;
        return steps.Select(s => s!.Value).ToArray();
    }

    private static int? Parse(string text)
    {
        int arrow = text.IndexOf('→', StringComparison.Ordinal);
        if (arrow >= 0) text = new string(text[(arrow + 1)..].TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null;
    }

    private static double?[] Numbers(JsonNode? node) =>
        (node as JsonArray ?? []).Select(v => v is JsonValue value && value.TryGetValue<double>(out var d) ? d : (double?)null).ToArray();

    private static JsonArray Array(double?[] values, int count) =>
        new(values.Take(count).Select(v => v is double d ? (JsonNode)d : null).ToArray());

    /// <summary>
    /// The ▶ button: at the right end of the figure's first slider (shortened to make room), or at the top right
    /// above the plot when there is none. Each press plays from the first step.
    /// </summary>
    private static void AddButton(JsonObject layout)
    {
        var menus = layout["updatemenus"] as JsonArray ?? [];
        var slider = (layout["sliders"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault();
        if (slider is not null) slider["len"] = 0.82;
        menus.Add(new JsonObject
        {
            ["name"] = "Animation",
            ["type"] = "buttons", ["direction"] = "right", ["showactive"] = false,
            ["x"] = 1, ["xanchor"] = "right",
            ["y"] = slider?["y"]?.DeepClone() ?? 1, ["yanchor"] = slider is null ? "bottom" : "top",
            ["pad"] = slider is null ? new JsonObject { ["b"] = 2 } : new JsonObject { ["t"] = 22 },
            ["bgcolor"] = "#F4F4F4", ["bordercolor"] = "#C8C8C8", ["font"] = new JsonObject { ["size"] = 12 },
            ["buttons"] = new JsonArray(new JsonObject
            {
                ["label"] = "▶ play the steps", ["method"] = "animate",
                ["args"] = new JsonArray(null, new JsonObject
                {
                    ["mode"] = "immediate", ["fromcurrent"] = false,
                    ["frame"] = new JsonObject { ["duration"] = FrameMilliseconds, ["redraw"] = false },
                    ["transition"] = new JsonObject { ["duration"] = 0 },
                }),
            }),
        });
        layout["updatemenus"] = menus;
    }
}
