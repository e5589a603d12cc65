using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LrNotebooks.Training.Tests;

public sealed class SeedSummaryTests
{
    [Fact]
    public void MeanSampleStandardDeviationAndRangeOfKnownValues()
    {
        var runs = new[] { SweepFixtures.Run("a", 0.90), SweepFixtures.Run("b", 0.95), SweepFixtures.Run("c", 1.00) };
        var summary = SeedSummary.Of(runs, r => r.FinalValidationAccuracy);
        Assert.Equal(3, summary.Runs);
        Assert.Equal(0, summary.Diverged);
        Assert.Equal(0.95, summary.Mean, 12);
        Assert.Equal(0.05, summary.StandardDeviation, 12);   // sqrt((0.05² + 0 + 0.05²) / (3 - 1))
        Assert.Equal(0.90, summary.Min);
        Assert.Equal(1.00, summary.Max);
        Assert.Equal(0.10, summary.Spread, 12);
    }

    [Fact]
    public void OneRunHasNoSpread()
    {
        var summary = SeedSummary.Of([SweepFixtures.Run("a", 0.7)], r => r.FinalValidationAccuracy);
        Assert.Equal((1, 0.7, 0.0, 0.7, 0.7), (summary.Runs, summary.Mean, summary.StandardDeviation, summary.Min, summary.Max));
    }

    [Fact]
    public void InvalidInputIsRejectedWithTheParameterName()
    {
        Func<TrainingResult, double> metric = r => r.Epochs[^1].ValidationAccuracy;
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => SeedSummary.Of(null!, metric)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => SeedSummary.Of([SweepFixtures.Run("a", 1)], null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => SeedSummary.Of([], metric));
        Assert.Equal("runs", empty.ParamName);
        Assert.Contains("at least one", empty.Message);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => SeedSummary.Of([SweepFixtures.Run("a", 1), null!], metric)).ParamName);
        var nan = Assert.Throws<ArgumentException>(() => SeedSummary.Of([SweepFixtures.Run("a", 1)], _ => double.NaN));
        Assert.Equal("metric", nan.ParamName);
        Assert.Contains("finite", nan.Message);
    }

    [Property]
    public Property StatisticsAreConsistent() => Prop.ForAll(
        Gen.ArrayOf(Gen.Choose(0, 1000).Select(v => v / 1000.0)).Where(a => a.Length > 0).ToArbitrary(),
        values =>
        {
            var runs = values.Select((v, i) => SweepFixtures.Run($"r{i}", v)).ToArray();
            var summary = SeedSummary.Of(runs, r => r.FinalValidationAccuracy);
            var reversed = SeedSummary.Of(runs.Reverse().ToArray(), r => r.FinalValidationAccuracy);
            bool allEqual = values.Distinct().Count() == 1;
            return summary.Min <= summary.Mean + 1e-12 && summary.Mean <= summary.Max + 1e-12
                && summary.StandardDeviation >= 0 && (summary.StandardDeviation < 1e-12) == allEqual
                && summary.StandardDeviation <= summary.Spread + 1e-12
                && Math.Abs(summary.Mean - reversed.Mean) < 1e-12 && summary.Min == values.Min() && summary.Max == values.Max();
        });
}
