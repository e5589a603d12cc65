using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>The smoothing factors β on the range-test explorer's slider.</summary>
    public static IReadOnlyList<double> RangeTestSmoothings { get; } = [0, 0.5, 0.8, 0.9, 0.95, 0.98, 0.99];

    /// <summary>
    /// A range-test explorer: the recorded losses of one range test, re-read with each smoothing factor β of the
    /// slider (<see cref="RangeTest.Analyze"/>: smoothing, stop rule, both suggestions), so the smoothed curve and
    /// the two suggested rates move as β changes. No training is repeated.
    /// </summary>
    /// <param name="test">A finished range test.</param>
    /// <param name="plannedSteps">The steps the test was planned for (its options' <c>Steps</c>).</param>
    public static Figure RangeTestExplorer(RangeTestResult test, int plannedSteps)
    {
        ArgumentNullException.ThrowIfNull(test);
        return Explorable.Slider("β", RangeTestSmoothings, beta =>
        {
            var result = RangeTest.Analyze(test.LearningRates, test.Losses, plannedSteps, smoothing: beta);
            var json = Plots.RangeTest(result).ToJson();
            json["layout"]!["title"]!["text"] = $"Range test re-read with β = {F(beta)}: steepest η = {F(result.SteepestLearningRate)}, "
                + $"minimum/10 η = {F(result.MinimumOverTenLearningRate)}";
            return new Figure(json);
        }, b => F(b), start: RangeTestSmoothings.Count - 2);
    }
}
