using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>The smoothing factors β on the range-test explorer's slider.</summary>
    public static IReadOnlyList<double> RangeTestSmoothings { get; } = [0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99];

    /// <summary>The suggestion rules on the range-test explorer's buttons, with their labels.</summary>
    public static IReadOnlyList<(SuggestionRules Rule, string Label)> RangeTestRules { get; } =
        [(SuggestionRules.Steepest, "steepest descent"), (SuggestionRules.MinimumOverTen, "minimum / 10"), (SuggestionRules.Both, "both")];

    /// <summary>
    /// A range-test explorer: buttons choose the suggestion rule (steepest descent of the smoothed loss, its
    /// minimum / 10, or both), a slider the smoothing factor β; the recorded losses of one range test are re-read
    /// with each β (<see cref="RangeTest.Analyze"/>: smoothing, stop rule, both suggestions), so the smoothed curve
    /// and the suggested rate move as β changes, the rate written in the legend. No training is repeated.
    /// </summary>
    /// <param name="test">A finished range test.</param>
    /// <param name="plannedSteps">The steps the test was planned for (its options' <c>Steps</c>).</param>
    public static Figure RangeTestExplorer(RangeTestResult test, int plannedSteps)
    {
        ArgumentNullException.ThrowIfNull(test);
        var results = RangeTestSmoothings.ToDictionary(b => b, b => RangeTest.Analyze(test.LearningRates, test.Losses, plannedSteps, smoothing: b));
        // One y range for every β (the smoothed curves of all of them fit), so the suggestion lines can be traces.
        var all = results.Values.SelectMany(r => r.SmoothedLosses).Concat(test.Losses).Where(double.IsFinite).ToArray();
        var smoothTop = results.Values.SelectMany(r => r.SmoothedLosses).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        double lo = all.DefaultIfEmpty(0).Min(), pad = Math.Max(smoothTop - lo, Math.Abs(smoothTop) * 0.05 + 1e-12) * 0.08;
        var rules = new Parameter<(SuggestionRules Rule, string Label)>("rule", RangeTestRules, r => r.Label, buttons: true, start: RangeTestRules.Count - 1);
        var smoothing = new Parameter<double>("β", RangeTestSmoothings, b => F(b), start: RangeTestSmoothings.Count - 2);
        var figure = Explorable.Of(rules, smoothing, (rule, beta) => Plots.RangeTest(results[beta], rule.Rule, (lo - pad, smoothTop + pad))).ToJson();
        figure["layout"]!["title"]!["text"] = "Range test re-read: choose the suggestion rule and the smoothing β";
        return new Figure(figure);
    }
}
