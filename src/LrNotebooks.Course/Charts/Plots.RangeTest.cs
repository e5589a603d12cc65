using LrNotebooks.Core;
using LrNotebooks.Training;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// The LR range test (Smith 2015; fast.ai <c>lr_find</c>): raw mini-batch loss (thin, grey) and its smoothed
    /// curve (bold) against the learning rate on a log axis, with both suggestions marked: the steepest descent of
    /// the smoothed loss and the loss minimum / 10. The reason the test stopped is noted under the title.
    /// </summary>
    /// <example><c>Plots.RangeTest(RangeTest.Run(model, data))</c></example>
    public static Figure RangeTest(RangeTestResult result) => RangeTest(result, SuggestionRules.Both, null);

    /// <summary>
    /// The range-test chart with the suggestions of <paramref name="rules"/> only. With a fixed
    /// <paramref name="yRange"/> (an explorer's, the same for every value of its controls) each suggestion is drawn
    /// as traces (a dashed vertical line with the rate in its legend entry, and a dot on the smoothed curve), so it
    /// can move with a control; otherwise as a labelled line of the layout.
    /// </summary>
    internal static Figure RangeTest(RangeTestResult result, SuggestionRules rules, (double Min, double Max)? yRange)
    {
        Guard.NotNull(result, nameof(result));
        var lrs = Guard.NotNull(result.LearningRates, $"{nameof(result)}.{nameof(result.LearningRates)}");
        var raw = Guard.NotNull(result.Losses, $"{nameof(result)}.{nameof(result.Losses)}");
        var smooth = Guard.NotNull(result.SmoothedLosses, $"{nameof(result)}.{nameof(result.SmoothedLosses)}");
        if (lrs.Count == 0)
            throw new ArgumentException($"{nameof(result)}.LearningRates must contain at least one point, but was empty.", nameof(result));
        Guard.SameLength(lrs.Count, raw.Count, $"{nameof(result)}.Losses", "one loss per learning rate");
        Guard.SameLength(lrs.Count, smooth.Count, $"{nameof(result)}.SmoothedLosses", "one smoothed loss per learning rate");
        LearningRates(lrs, $"{nameof(result)}.LearningRates");

        // The raw loss explodes at the end of the test; scale to the smoothed curve (which the stop rule bounds) so the
        // interesting region is not squashed into a flat line at the bottom.
        var finite = raw.Concat(smooth).Where(double.IsFinite).ToArray();
        var finiteSmooth = smooth.Where(double.IsFinite).ToArray();
        (double, double)? range = yRange;
        if (range is null && finite.Length > 0 && finiteSmooth.Length > 0)
        {
            double lo = finite.Min(), hi = finiteSmooth.Max();
            double pad = Math.Max(hi - lo, Math.Abs(hi) * 0.05 + 1e-12) * 0.08;
            range = (lo - pad, hi + pad);
        }
        var figure = new FigureBuilder("LR range test", new Axis("learning rate", Log: true),
            new Axis("loss (mini-batch cross-entropy)", Range: range));
        var x = lrs.Select(v => (double?)v).ToArray();
        figure.Add(Traces.Line("raw loss (per batch)", x, Traces.Finite(raw), "#A8A8A8", width: 1.2)
            .Hover("learning rate %{x:.4g}<br>raw loss %{y:.4g}"));
        figure.Add(Traces.Line("smoothed loss", x, Traces.Finite(smooth), Palette.Color(0), width: 2.6)
            .Hover("learning rate %{x:.4g}<br>smoothed loss %{y:.4g}"));
        if (rules.HasFlag(SuggestionRules.Steepest))
            Suggest(figure, result.SteepestLearningRate, "steepest", lrs, smooth, Palette.Color(1), yRange);
        if (rules.HasFlag(SuggestionRules.MinimumOverTen))
            Suggest(figure, result.MinimumOverTenLearningRate, "min / 10", lrs, smooth, Palette.Color(2), yRange);
        if (!string.IsNullOrWhiteSpace(result.StopReason)) figure.Note($"stopped: {result.StopReason}");
        return figure.Build();
    }

    /// <summary>A suggestion: a vertical line and a dot on the smoothed curve at the nearest tested rate.</summary>
    private static void Suggest(FigureBuilder figure, double lr, string label, IReadOnlyList<double> lrs, IReadOnlyList<double> smooth, string color,
        (double Min, double Max)? asTrace = null)
    {
        if (!double.IsFinite(lr) || lr <= 0) return;
        if (asTrace is (double lo, double hi))
            figure.Add(Traces.Line($"{label} suggestion: η = {NumberText.Short(lr)}", [lr, lr], [lo, hi], color, "dash", 1.5)
                .Hover($"{label} suggestion<br>learning rate %{{x:.4g}}<extra></extra>"));
        else figure.VerticalLine(lr, $"{label}: {NumberText.Short(lr)}", color);
        int nearest = Enumerable.Range(0, lrs.Count).MinBy(i => Math.Abs(Math.Log(lrs[i] / lr)));
        if (double.IsFinite(smooth[nearest]))
            figure.Add(Traces.Points($"suggestion ({label})", [lr], [smooth[nearest]], color, "circle", 11, showLegend: asTrace is null, outline: "white")
                .Hover($"{label} suggestion<br>learning rate %{{x:.4g}}<br>smoothed loss %{{y:.4g}}<extra></extra>"));
    }
}
