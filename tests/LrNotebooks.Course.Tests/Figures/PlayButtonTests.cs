using System.Text.Json.Nodes;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course.Tests;

public sealed class PlayButtonTests
{
    private static double?[] Numbers(JsonNode? node) =>
        node!.AsArray().Select(v => v is null ? (double?)null : (double)v).ToArray();

    private static JsonObject Frame(JsonObject figure, int step) =>
        figure["frames"]!.AsArray().OfType<JsonObject>().Single(f => (string?)f["name"] == PlayButton.Name(step));

    private static (double?[] X, double?[] Y) Drawn(JsonObject frame, int trace)
    {
        int at = frame["traces"]!.AsArray().Select(t => (int)t!).ToList().IndexOf(trace);
        Assert.True(at >= 0, $"trace {trace} is not animated");
        var data = frame["data"]![at]!;
        return (Numbers(data["x"]), Numbers(data["y"]));
    }

    [Fact]
    public void Every_frame_of_the_parabola_explorer_shows_exactly_the_iterates_up_to_its_step_for_every_value()
    {
        const int steps = 25;
        var figure = Explorables.LearningRateOnParabola(1, 1.8, steps).ToJson();
        var data = figure["data"]!.AsArray();
        var parabola = Surface.Parabola(1);
        int checkedPanels = 0;
        foreach (var k in Explorables.ParabolaRates)
        {
            var run = Descent.Run(parabola, Optimizer.Sgd(k), [1.8], steps);
            string name = run.Label;
            // The path on the curve (x = iterate, y = loss) and the loss curve (x = step) of this value.
            var path = data.Select((t, i) => (t, i)).Single(p => (string?)p.t!["name"] == name && (string?)p.t["xaxis"] is null or "x" && p.t["mode"]!.ToString().Contains("lines", StringComparison.Ordinal)).i;
            var loss = data.Select((t, i) => (t, i)).Single(p => (string?)p.t!["name"] == name && (string?)p.t["xaxis"] == "x2").i;
            for (int step = 0; step <= steps; step++)
            {
                var frame = Frame(figure, step);
                int shown = Math.Min(step, run.StepsTaken) + 1;
                var (px, _) = Drawn(frame, path);
                // The path keeps the points of steps 0 … step (iterates closer than a pixel are thinned out of a
                // path; the rest are exactly the run's iterates).
                var full = data[path]!.AsObject();
                var stepOf = PlayButton_Steps(full);
                Assert.Equal(stepOf.Count(s => s <= step), px.Length);
                for (int i = 0; i < px.Length; i++)
                {
                    Assert.Equal(Numbers(full["x"])[i], px[i]);
                    if (!((string)full["customdata"]![i]![0]!).Contains('→', StringComparison.Ordinal))
                        Assert.Equal(run.Points[stepOf[i]][0], px[i]!.Value, 5);
                }
                var (lx, ly) = Drawn(frame, loss);
                Assert.Equal(shown, lx.Length);
                Assert.Equal(Enumerable.Range(0, shown).Select(i => (double?)i), lx);
            }
            checkedPanels++;
        }
        Assert.Equal(Explorables.ParabolaRates.Count, checkedPanels);
        var button = figure["layout"]!["updatemenus"]!.AsArray().OfType<JsonObject>().Single(m => (string?)m["name"] == "Animation")["buttons"]![0]!;
        Assert.Equal("animate", (string?)button["method"]);
    }

    [Fact]
    public void The_last_frame_draws_the_figure_as_it_is_and_frames_never_show_a_later_step()
    {
        var bowl = Surface.Quadratic(0.1, 2);
        var figure = Explorables.LearningRateOnBowl(bowl, [-2.5, 1.5], 100).ToJson();
        var frames = figure["frames"]!.AsArray().OfType<JsonObject>().ToArray();
        var last = frames[^1];
        var traces = last["traces"]!.AsArray().Select(t => (int)t!).ToArray();
        for (int i = 0; i < traces.Length; i++)
        {
            var full = figure["data"]![traces[i]]!;
            Assert.Equal(Numbers(full["x"]).Length, Numbers(last["data"]![i]!["x"]).Length);
        }
        foreach (var frame in frames)
        {
            int step = int.Parse(((string)frame["name"]!)["step ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            for (int i = 0; i < traces.Length; i++)
            {
                var full = figure["data"]![traces[i]]!.AsObject();
                var stepsOfPoints = PlayButton_Steps(full);
                int n = Numbers(frame["data"]![i]!["x"]).Length;
                Assert.All(stepsOfPoints.Take(n), s => Assert.True(s <= step));
                if (n < stepsOfPoints.Length) Assert.True(stepsOfPoints[n] > step);
            }
        }
        Assert.True(new Figure(figure).ToJsonString().Length <= 1_000_000);
    }

    private static int[] PlayButton_Steps(JsonObject trace)
    {
        // The loss curve's x is the step; a path's first hover column is.
        if ((string?)trace["xaxis"] == "x2") return Numbers(trace["x"]).Select(v => (int)v!.Value).ToArray();
        return trace["customdata"]!.AsArray().Select((row, i) => (string)row![0]!).Select(s => s.Contains('→', StringComparison.Ordinal)
            ? int.Parse(s[(s.IndexOf('→', StringComparison.Ordinal) + 1)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
            : s.Length == 0 ? -1 : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray() is var raw
            ? raw.Select((s, i) => s >= 0 ? s : raw.Skip(i).FirstOrDefault(v => v >= 0)).ToArray() : [];
    }

    [Fact]
    public void A_figure_with_nothing_to_play_is_rejected()
    {
        var chart = Plots.Sweep([0.1, 0.2], [new Series("a", [1, 2])], "final loss");
        Assert.Throws<ArgumentException>(() => PlayButton.Add(chart));
    }
}
