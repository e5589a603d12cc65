using System.Text.Json.Nodes;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>
    /// A basin map: a learning-rate slider over a 2-D surface with several minima, and for every start of a grid a
    /// dot at the start, coloured by the minimum its run ends in (grey ✕: diverged; grey ○: not settled within the
    /// budget). The title counts the starts that reach the global minimum.
    /// </summary>
    /// <param name="surface">A 2-D surface with known minima.</param>
    /// <param name="learningRates">The rates on the slider, increasing.</param>
    /// <param name="perAxis">Starts per axis of the grid (2 to 25).</param>
    /// <param name="steps">Step budget per run.</param>
    public static Figure BasinMap(Surface surface, IReadOnlyList<double> learningRates, int perAxis = 13, int steps = 400)
    {
        ArgumentNullException.ThrowIfNull(surface);
        if (surface.Dimension != 2) throw new ArgumentException("A basin map needs a 2-D surface.", nameof(surface));
        if (perAxis is < 2 or > 25) throw new ArgumentOutOfRangeException(nameof(perAxis), perAxis, "perAxis must be in [2, 25].");
        var starts = Basins.StartGrid(surface, perAxis);
        var minima = surface.Minima;
        var options = new RunOptions { Steps = steps, Tolerance = 1e-9, StopAtConvergence = true };
        return Explorable.Slider("η", learningRates, lr =>
        {
            var ends = starts.AsParallel().AsOrdered().Select(s => End(surface, minima, Descent.Run(surface, Optimizer.Sgd(lr), s, options))).ToArray();
            var json = Plots.Contour(surface, [], levels: false).ToJson();
            var data = (JsonArray)json["data"]!;
            for (int m = -2; m < minima.Count; m++)
            {
                var mine = Enumerable.Range(0, starts.Length).Where(i => ends[i] == m).ToArray();
                string name = m switch
                {
                    -2 => "diverged",
                    -1 => "not settled",
                    _ => $"ends in the {(minima[m].IsGlobal ? "global" : "local")} minimum at ({F(minima[m].Location[0])}, {F(minima[m].Location[1])})",
                };
                string color = m < 0 ? Palette.Neutral : Palette.Color(m);
                data.Add(new JsonObject
                {
                    ["type"] = "scatter", ["mode"] = "markers", ["name"] = $"{name}: {mine.Length}",
                    ["x"] = new JsonArray(mine.Select(i => (JsonNode)starts[i][0]).ToArray()),
                    ["y"] = new JsonArray(mine.Select(i => (JsonNode)starts[i][1]).ToArray()),
                    ["marker"] = new JsonObject
                    {
                        ["color"] = color, ["size"] = 8, ["symbol"] = m switch { -2 => "x", -1 => "circle-open", _ => "circle" },
                        ["line"] = new JsonObject { ["color"] = "white", ["width"] = 0.5 },
                    },
                    ["hovertemplate"] = $"start (%{{x:.3g}}, %{{y:.3g}})<extra>{name}</extra>",
                });
            }
            int global = Enumerable.Range(0, ends.Length).Count(i => ends[i] >= 0 && minima[ends[i]].IsGlobal);
            json["layout"]!["title"]!["text"] = $"{surface.Name}, η = {F(lr)}: {global} of {starts.Length} starts end in the global minimum";
            return new Figure(json);
        }, lr => F(lr), background: Levels(surface));
    }

    /// <summary>
    /// Index of the minimum a run ends in, by the census's rules (<see cref="Basins.Census"/>): a global minimum when
    /// f − f* ≤ 1e-6, a local one within 1e-3 of it; −2 diverged, −1 neither (not settled).
    /// </summary>
    private static int End(Surface surface, IReadOnlyList<SurfaceMinimum> minima, Trajectory run)
    {
        if (run.Status.Diverged) return -2;
        int nearest = Enumerable.Range(0, minima.Count)
            .MinBy(m => minima[m].Location.Zip(run.FinalPoint, (a, b) => (a - b) * (a - b)).Sum());
        if (Basins.EndsInGlobalMinimum(surface, run, 1e-6)) return Enumerable.Range(0, minima.Count).First(m => minima[m].IsGlobal);
        return Basins.EndsInLocalMinimum(run, minima[nearest], 1e-3) ? nearest : -1;
    }
}
