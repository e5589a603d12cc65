using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests;

public sealed class RangeTestExplorerTests
{
    [Fact]
    public void Every_rule_and_smoothing_shows_exactly_the_suggestion_computed_for_them()
    {
        var test = TestRuns.RangeTest();
        var json = Explorables.RangeTestExplorer(test, 100).ToJson();
        var data = json["data"]!.AsArray();
        var rules = json["layout"]!["updatemenus"]![0]!["buttons"]!.AsArray();
        var betas = json["layout"]!["sliders"]![0]!["steps"]!.AsArray();
        Assert.Equal(["steepest descent", "minimum / 10", "both"], rules.Select(b => (string)b!["label"]!));
        for (int a = 0; a < rules.Count; a++)
            for (int b = 0; b < betas.Count; b++)
            {
                var visible = rules[a]!["args"]![0]!["visible"]!.AsArray();
                var opacity = betas[b]!["args"]![0]!["opacity"]!.AsArray();
                var seen = data.Where((t, k) => (bool)visible[k]! && (double)opacity[k]! > 0).Select(t => (string)t!["name"]!).ToArray();
                var result = RangeTest.Analyze(test.LearningRates, test.Losses, 100, smoothing: Explorables.RangeTestSmoothings[b]);
                string steepest = $"steepest suggestion: η = {NumberText.Short(result.SteepestLearningRate)}";
                string tenth = $"min / 10 suggestion: η = {NumberText.Short(result.MinimumOverTenLearningRate)}";
                Assert.Equal(a != 1, seen.Contains(steepest));
                Assert.Equal(a != 0, seen.Contains(tenth));
                Assert.DoesNotContain(seen, n => n.Contains("suggestion:", StringComparison.Ordinal) && n != steepest && n != tenth);
                // The smoothed curve seen is the one of this β.
                var smooth = data.Where((t, k) => (bool)visible[k]! && (double)opacity[k]! > 0 && (string?)t!["name"] == "smoothed loss").Single()!;
                Assert.Equal(result.SmoothedLosses.Where(double.IsFinite).Count(), smooth["y"]!.AsArray().Count(v => v is not null));
            }
    }
}
