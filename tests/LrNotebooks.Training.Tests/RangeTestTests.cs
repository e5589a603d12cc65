using LrNotebooks.Training.Tests.TestDoubles;

namespace LrNotebooks.Training.Tests;

public sealed class RangeTestTests
{
    /// <summary>log10 LRs from -6 to 2 on <paramref name="steps"/> points.</summary>
    private static double[] Grid(int steps) => Enumerable.Range(0, steps).Select(i => Math.Pow(10, -6 + 8.0 * i / (steps - 1))).ToArray();

    /// <summary>
    /// A synthetic loss with known shape in x = log10(lr): a sigmoid drop from 2.3 to 0.3 centred at x = -3 (steepest
    /// there), then an exponential blow-up that starts to matter near x = 0.
    /// </summary>
    private static double Loss(double lr)
    {
        double x = Math.Log10(lr);
        return 2.3 - 2.0 / (1 + Math.Exp(-(x + 3) / 0.25)) + Math.Exp((x - 0.5) / 0.15);
    }

    [Fact]
    public void WithoutSmoothingTheSuggestionsAreExactlyWhereTheCurveSaysTheyAre()
    {
        var lrs = Grid(801);
        var losses = lrs.Select(Loss).ToArray();
        var result = RangeTest.Analyze(lrs, losses, smoothing: 0);
        Assert.Equal(losses.Take(result.Losses.Count), result.SmoothedLosses);
        // Steepest descent of the sigmoid is at x = -3: the forward difference between grid points i and i+1 is most
        // negative for the interval containing -3 (grid step 0.01 decades, x = -3 is grid point 300).
        Assert.InRange(Math.Log10(result.SteepestLearningRate), -3.011, -2.989);
        // The minimum of the raw curve, found on a fine independent grid.
        double xMin = Enumerable.Range(0, 100001).Select(i => -6 + 8.0 * i / 100000).MinBy(x => Loss(Math.Pow(10, x)));
        Assert.InRange(Math.Log10(result.MinimumOverTenLearningRate * 10), xMin - 0.011, xMin + 0.011);
        Assert.Equal(result.LearningRates[result.SteepestIndex], result.SteepestLearningRate);
        Assert.Equal(result.LearningRates[result.MinimumIndex] / 10, result.MinimumOverTenLearningRate);
    }

    [Fact]
    public void WithSmoothingTheSuggestionsLagSlightlyToTheRight()
    {
        var lrs = Grid(2001); // 250 steps per decade: the EMA lag (about 1/(1-beta) = 50 steps) is 0.2 decades
        var result = RangeTest.Analyze(lrs, lrs.Select(Loss).ToArray());
        double steep = Math.Log10(result.SteepestLearningRate);
        Assert.InRange(steep, -3.0, -2.6);
        double xMin = Enumerable.Range(0, 100001).Select(i => -6 + 8.0 * i / 100000).MinBy(x => Loss(Math.Pow(10, x)));
        Assert.InRange(Math.Log10(result.MinimumOverTenLearningRate * 10), xMin, xMin + 0.4);
        Assert.Contains("exceeded 4x its best", result.StopReason);
    }

    [Fact]
    public void SmoothingIsTheBiasCorrectedRunningAverage()
    {
        double[] lrs = [1e-3, 1e-2, 1e-1, 1];
        double[] losses = [2.0, 1.0, 1.5, 0.5];
        var result = RangeTest.Analyze(lrs, losses, smoothing: 0.9);
        double avg = 0;
        for (int i = 0; i < 4; i++)
        {
            avg = 0.9 * avg + 0.1 * losses[i];
            Assert.Equal(avg / (1 - Math.Pow(0.9, i + 1)), result.SmoothedLosses[i], 14);
        }
        Assert.Equal(2.0, result.SmoothedLosses[0]);
        Assert.StartsWith("reached the end learning rate after 4 steps", result.StopReason);
    }

    [Fact]
    public void StopRuleTriggersAtTheFirstSmoothedLossAboveFourTimesTheBest()
    {
        var lrs = Grid(500);
        var losses = lrs.Select(Loss).ToArray();
        var result = RangeTest.Analyze(lrs, losses);
        double avg = 0, best = double.PositiveInfinity;
        int expected = -1;
        for (int i = 0; i < losses.Length; i++)
        {
            avg = 0.98 * avg + 0.02 * losses[i];
            double s = avg / (1 - Math.Pow(0.98, i + 1));
            best = Math.Min(best, s);
            if (s > 4 * best) { expected = i; break; }
        }
        Assert.True(expected > 0);
        Assert.Equal(expected + 1, result.SmoothedLosses.Count); // the triggering point is kept, as in fast.ai
        Assert.True(result.SmoothedLosses[^1] > 4 * result.SmoothedLosses.Min());
        Assert.Contains($"at step {expected}", result.StopReason);
        // Suggestions use fast.ai's window: skip plannedSteps/10 at the start and the last 5 recorded points.
        Assert.Equal(50, result.SuggestionWindowStart);
        Assert.Equal(result.SmoothedLosses.Count - 5, result.SuggestionWindowEnd);
        Assert.InRange(result.SteepestIndex, 50, result.SuggestionWindowEnd - 2);
    }

    [Fact]
    public void NonFiniteLossStopsTheTestAndIsNotRecorded()
    {
        double[] lrs = [1e-4, 1e-3, 1e-2, 1e-1, 1, 10, 100];
        double[] losses = [2.3, 2.2, 1.9, 1.2, 0.9, double.NaN, 5];
        var result = RangeTest.Analyze(lrs, losses, stopFactor: 100);
        Assert.Equal(5, result.Losses.Count);
        Assert.Contains("non-finite at step 5", result.StopReason);
        Assert.All(result.SmoothedLosses, x => Assert.True(double.IsFinite(x)));
        Assert.True(double.IsFinite(result.SteepestLearningRate) && double.IsFinite(result.MinimumOverTenLearningRate));
        // Too short for fast.ai's window, so the whole curve is used.
        Assert.Equal((0, 5), (result.SuggestionWindowStart, result.SuggestionWindowEnd));
    }

    [Fact]
    public void RealRangeTestOnDigitsGrowsExponentiallyAndStopsWhenTheLossExplodes()
    {
        var options = new RangeTestOptions { StartLearningRate = 1e-5, EndLearningRate = 1e4, Steps = 200 };
        var result = RangeTest.Run(Network.ForDigits(64), TestData.Digits, lr => new TestSgd(lr, 0.9), options);
        Assert.Contains("exceeded 4x its best", result.StopReason);
        Assert.InRange(result.Losses.Count, 20, 199);
        Assert.Equal(1e-5, result.LearningRates[0]);
        double ratio = Math.Pow(1e9, 1.0 / 199);
        for (int i = 1; i < result.LearningRates.Count; i++) Assert.Equal(ratio, result.LearningRates[i] / result.LearningRates[i - 1], 10);
        Assert.All(result.Losses.Concat(result.SmoothedLosses), x => Assert.True(double.IsFinite(x)));
        // The loss must actually fall before it explodes, and the suggestions lie in the falling part.
        Assert.True(result.SmoothedLosses.Min() < 0.7 * result.SmoothedLosses[0]); // the smoothed curve lags the raw one
        Assert.True(result.SteepestIndex < result.MinimumIndex);
        Assert.InRange(result.SteepestLearningRate, 1e-4, 1);
        Assert.InRange(result.MinimumOverTenLearningRate, 1e-4, 1);
    }

    [Fact]
    public void SuggestedLearningRateTrainsWell()
    {
        var data = TestData.Digits;
        var finder = RangeTest.Run(Network.ForDigits(64), data, lr => new TestSgd(lr, 0.9), new RangeTestOptions { Steps = 100, EndLearningRate = 100 });
        var trained = Trainer.Train(Network.ForDigits(64), data, new TestSgd(finder.MinimumOverTenLearningRate, 0.9), new TrainingOptions { Epochs = 10 });
        Assert.Equal(Core.Running.RunOutcome.StillRunning, trained.Status.Outcome);
        Assert.True(trained.FinalValidationAccuracy > 0.95, $"lr {finder.MinimumOverTenLearningRate}: accuracy {trained.FinalValidationAccuracy:P1}");
    }

    [Fact]
    public void DefaultIsOnePassAndTheSameSeedGivesTheSameCurve()
    {
        var a = RangeTest.Run(Network.ForDigits(), TestData.Digits, lr => new TestSgd(lr));
        var b = RangeTest.Run(Network.ForDigits(), TestData.Digits.Train, lr => new TestSgd(lr));
        Assert.Equal(a.Losses, b.Losses);
        Assert.Equal(45, a.Losses.Count);
        Assert.Equal(10, a.LearningRates[^1], 12);
        Assert.StartsWith("reached the end learning rate after 45 steps", a.StopReason);
    }

    [Fact]
    public void ScheduleIsExponentialBetweenItsEnds()
    {
        var s = new RangeTestSchedule(1e-7, 10, 9);
        Assert.Equal(1e-7, s.At(0));
        Assert.Equal(10, s.At(8));
        Assert.Equal(10, s.At(100));
        for (int t = 1; t < 9; t++) Assert.Equal(10.0, s.At(t) / s.At(t - 1), 12);
        Assert.Equal("startLearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new RangeTestSchedule(0, 1, 5)).ParamName);
        Assert.Equal("endLearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => new RangeTestSchedule(1, 1, 5)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => new RangeTestSchedule(1, 2, 1)).ParamName);
    }

    [Fact]
    public void OptionsAndArgumentsAreValidated()
    {
        var net = Network.ForDigits();
        var data = TestData.Digits;
        RangeTestResult Run(RangeTestOptions o) => RangeTest.Run(net, data, lr => new TestSgd(lr), o);
        Assert.Equal("startLearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Run(new() { StartLearningRate = 0 })).ParamName);
        Assert.Equal("endLearningRate", Assert.Throws<ArgumentOutOfRangeException>(() => Run(new() { EndLearningRate = 1e-8 })).ParamName);
        Assert.Contains("options.Steps", Assert.Throws<ArgumentOutOfRangeException>(() => Run(new() { Steps = 1 })).Message);
        Assert.Equal("options.BatchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Run(new() { BatchSize = 0 })).ParamName);
        Assert.Equal("options.Smoothing", Assert.Throws<ArgumentOutOfRangeException>(() => Run(new() { Smoothing = 1 })).ParamName);
        Assert.Equal("options.StopFactor", Assert.Throws<ArgumentOutOfRangeException>(() => Run(new() { StopFactor = 1 })).ParamName);
        Assert.Equal("optimizer", Assert.Throws<ArgumentException>(() => RangeTest.Run(net, data, _ => null!)).ParamName);
        Assert.Equal("train", Assert.Throws<ArgumentException>(() => RangeTest.Run(Network.Mlp(3, 2), data, lr => new TestSgd(lr))).ParamName);

        Assert.Equal("learningRates", Assert.Throws<ArgumentException>(() => RangeTest.Analyze([1.0], [1.0])).ParamName);
        Assert.Equal("losses", Assert.Throws<ArgumentException>(() => RangeTest.Analyze([1.0, 2], [1.0])).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentException>(() => RangeTest.Analyze([1.0, 1], [1.0, 1])).ParamName);
        Assert.Equal("learningRates[0]", Assert.Throws<ArgumentOutOfRangeException>(() => RangeTest.Analyze([-1.0, 1], [1.0, 1])).ParamName);
        Assert.Equal("losses[0]", Assert.Throws<ArgumentOutOfRangeException>(() => RangeTest.Analyze([1.0, 2], [double.NaN, 1])).ParamName);
        Assert.Equal("plannedSteps", Assert.Throws<ArgumentOutOfRangeException>(() => RangeTest.Analyze([1.0, 2], [1.0, 1], plannedSteps: 1)).ParamName);
        Assert.Equal("smoothing", Assert.Throws<ArgumentOutOfRangeException>(() => RangeTest.Analyze([1.0, 2], [1.0, 1], smoothing: -0.1)).ParamName);
        Assert.Equal("stopFactor", Assert.Throws<ArgumentOutOfRangeException>(() => RangeTest.Analyze([1.0, 2], [1.0, 1], stopFactor: 0.5)).ParamName);
    }
}
