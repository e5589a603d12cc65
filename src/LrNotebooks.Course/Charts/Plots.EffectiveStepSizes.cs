using LrNotebooks.Core.Running;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// The effective per-parameter step size of each run over time (log y): the learning rate an optimizer really
    /// applies to each coordinate, e.g. lr / (sqrt(v) + eps) for Adam. One colour per run, one dash per parameter.
    /// Hover: step, effective step, scheduled learning rate.
    /// </summary>
    /// <example><c>Plots.EffectiveStepSizes(sgdRun, adagradRun, adamRun)</c></example>
    public static Figure EffectiveStepSizes(params Trajectory[] runs)
    {
        var checkedRuns = CheckedRuns(runs, nameof(runs));
        for (int r = 0; r < checkedRuns.Length; r++)
        {
            var steps = checkedRuns[r].EffectiveStepSizes;
            if (steps.Count == 0)
                throw new ArgumentException($"{nameof(runs)}[{r}] ('{checkedRuns[r].Label}') has no effective step sizes (it took no step).", nameof(runs));
            int n = steps[0]?.Length ?? 0;
            for (int k = 0; k < steps.Count; k++)
                if (steps[k] is null || steps[k].Length != n || n == 0)
                    throw new ArgumentException($"{nameof(runs)}[{r}] ('{checkedRuns[r].Label}'): EffectiveStepSizes[{k}] must have {n} value(s) like EffectiveStepSizes[0], but had {steps[k]?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}.", nameof(runs));
        }
        var figure = new FigureBuilder("Effective step size per parameter", new Axis("step"),
            new Axis("effective step size (per parameter)", Log: true));
        int hidden = 0;
        var styles = NamedStyles.For(checkedRuns.Select(r => r.Label).ToArray());
        for (int r = 0; r < checkedRuns.Length; r++)
        {
            var run = checkedRuns[r];
            int n = run.EffectiveStepSizes[0].Length;
            string color = styles[r].Color, name = RunLabels.Legend(run);
            for (int p = 0; p < n; p++)
            {
                var y = run.EffectiveStepSizes.Select(e => double.IsFinite(e[p]) && e[p] > 0 ? e[p] : (double?)null).ToArray();
                hidden += y.Count(v => v is null);
                var lr = Enumerable.Range(0, y.Length)
                    .Select(k => k < run.LearningRates.Count ? NumberText.Short(run.LearningRates[k]) : "—").ToArray();
                figure.Add(Traces.Line($"{name} · {ParameterName(p, n)}", Traces.Steps(y.Length), y, color, Palette.Dashes[p % Palette.Dashes.Count],
                        markers: y.Length <= Traces.MarkerLimit, symbol: styles[r].Symbol).Group(name)
                    .Hover($"step %{{x}}<br>effective step ({ParameterName(p, n)}) %{{y:.4g}}<br>learning rate %{{customdata}}", lr));
                int last = Array.FindLastIndex(y, v => v is not null);
                if (p == 0 && run.Status.Diverged && last >= 0)
                    MarkDivergence(figure, name, run.Status, last, y[last]!.Value, color);
            }
        }
        if (hidden > 0) figure.Note($"{hidden} value(s) ≤ 0 not shown on the log axis");
        return figure.Build();
    }

    private static string ParameterName(int index, int count) =>
        count switch { 1 => "x", 2 => index == 0 ? "x" : "y", _ => $"θ{index + 1}" };
}
