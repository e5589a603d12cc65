using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Core.Tests.Running;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class FixedVersusScheduledTests
{
    private static readonly Surface Bowl = Surface.Quadratic(0.5, 1);
    private static readonly double[] Start = [-2.5, 2.5];
    private static readonly RunOptions Noisy = new() { Steps = 150, GradientNoise = 0.5, Seed = 100 };

    [Fact]
    public void EveryEnsembleIsTheSeedEnsembleOfItsSetting()
    {
        double[] rates = [0.05, 0.2];
        var schedule = Schedule.InverseTime(0.5, 0.5);
        var comparison = FixedVersusScheduled.Run(Bowl, rates, schedule, s => Optimizer.Sgd(s), Start, Noisy, 6);
        Assert.Equal(rates, comparison.LearningRates);
        for (int i = 0; i < rates.Length; i++)
            Assert.Equal(SeedEnsemble.Run(Bowl, Optimizer.Sgd(rates[i]), Start, Noisy, 6).MeanLosses, comparison.Fixed[i].MeanLosses);
        Assert.Equal(SeedEnsemble.Run(Bowl, Optimizer.Sgd(schedule), Start, Noisy, 6).MeanLosses, comparison.Scheduled.MeanLosses);
        Assert.All(comparison.Fixed.Append(comparison.Scheduled), e => Assert.Equal(6, e.Count));
    }

    [Fact]
    public void OptionsLabelIsIgnoredSoEachEnsembleIsNamedAfterItsOptimizer()
    {
        var comparison = FixedVersusScheduled.Run(Bowl, [0.1], Schedule.Exponential(0.5, 0.99), s => Optimizer.Sgd(s),
            Start, Noisy with { Label = "same for all", Steps = 5 }, 2);
        Assert.Equal("SGD(lr=0.1)", comparison.Fixed[0].Label);
        Assert.StartsWith("SGD(", comparison.Scheduled.Label, StringComparison.Ordinal);
        Assert.NotEqual("same for all", comparison.Scheduled.Label);
    }

    [Fact]
    public void BestFixedRateIsTheLowestMeanFinalLossAndCanDependOnTheBudget()
    {
        // Rate 0: fast early, high at the end. Rate 1: slow early, lowest at the end. Rate 2: never best.
        var comparison = new FixedVersusScheduled([0.3, 0.03, 0.01],
            [Ensemble(5, 1, 0.5), Ensemble(5, 3, 0.2), Ensemble(5, 4, 3)], Ensemble(5, 2, 0.1));
        Assert.Equal(1, comparison.BestFixedIndex);
        Assert.Equal(0.03, comparison.BestFixedLearningRate);
        Assert.Equal(0.2, comparison.BestFixedLoss);
        Assert.Equal(0, comparison.BestFixedIndexAt(1));
        Assert.Equal(1, comparison.BestFixedIndexAt(2));
        Assert.Equal(0, comparison.BestFixedIndexAt(0)); // all equal at the start: the first
        Assert.True(comparison.ScheduleBeatsEveryFixed);
        Assert.Equal(2, comparison.Advantage, 1e-12);
        Assert.Contains("2× lower with the schedule", comparison.ToString(), StringComparison.Ordinal);
        Assert.Contains("best fixed η = 0.03", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATieOrABetterFixedRateMeansTheScheduleDoesNotBeatEveryFixedRate()
    {
        var tie = new FixedVersusScheduled([0.1, 0.2], [Ensemble(2, 1, 0.4), Ensemble(2, 1, 0.1)], Ensemble(2, 1, 0.1));
        Assert.False(tie.ScheduleBeatsEveryFixed);
        var worse = new FixedVersusScheduled([0.1], [Ensemble(2, 1, 0.1)], Ensemble(2, 1, 0.4));
        Assert.False(worse.ScheduleBeatsEveryFixed);
        Assert.Equal(0.25, worse.Advantage, 1e-12);
        Assert.Contains("4× higher with the schedule", worse.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADecayingRateBeatsEveryFixedRateOnANoisyBowl()
    {
        // The lesson's effect at a smaller scale: a 1/t decay against a fine sweep of fixed rates.
        var comparison = FixedVersusScheduled.Run(Bowl, Sweep.LogSpace(0.005, 0.9, 14), Schedule.InverseTime(0.5, 0.5),
            s => Optimizer.Sgd(s), Start, Noisy with { Steps = 300 }, 48);
        Assert.True(comparison.ScheduleBeatsEveryFixed, comparison.ToString());
        Assert.True(comparison.Advantage > 1.8, comparison.ToString());
        Assert.True(comparison.BestFixedIndexAt(30) > comparison.BestFixedIndex, "a shorter budget favours a larger fixed rate");
    }

    [Fact]
    public void BadArgumentsAreRejectedByName()
    {
        var schedule = Schedule.Constant(0.1);
        Func<Schedule, Optimizer> gd = s => Optimizer.Sgd(s);
        Assert.Equal("learningRates", Assert.Throws<ArgumentOutOfRangeException>(() => FixedVersusScheduled.Run(Bowl, [], schedule, gd, Start, Noisy, 2)).ParamName);
        Assert.Equal("learningRates[1]", Assert.Throws<ArgumentOutOfRangeException>(() => FixedVersusScheduled.Run(Bowl, [0.1, 0], schedule, gd, Start, Noisy, 2)).ParamName);
        Assert.Equal("learningRates[0]", Assert.Throws<ArgumentOutOfRangeException>(() => FixedVersusScheduled.Run(Bowl, [double.NaN], schedule, gd, Start, Noisy, 2)).ParamName);
        Assert.Equal("seeds", Assert.Throws<ArgumentOutOfRangeException>(() => FixedVersusScheduled.Run(Bowl, [0.1], schedule, gd, Start, Noisy, 0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => FixedVersusScheduled.Run(null!, [0.1], schedule, gd, Start, Noisy, 1));
        Assert.Throws<ArgumentNullException>(() => FixedVersusScheduled.Run(Bowl, null!, schedule, gd, Start, Noisy, 1));
        Assert.Throws<ArgumentNullException>(() => FixedVersusScheduled.Run(Bowl, [0.1], null!, gd, Start, Noisy, 1));
        Assert.Throws<ArgumentNullException>(() => FixedVersusScheduled.Run(Bowl, [0.1], schedule, null!, Start, Noisy, 1));
        Assert.Throws<ArgumentNullException>(() => FixedVersusScheduled.Run(Bowl, [0.1], schedule, gd, Start, null!, 1));
        var comparison = new FixedVersusScheduled([0.1], [Ensemble(2, 1, 0.5)], Ensemble(2, 1, 0.1));
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => comparison.BestFixedIndexAt(3)).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => comparison.BestFixedIndexAt(-1)).ParamName);
    }

    private static SeedEnsemble Ensemble(params double[] losses) => new("hand", [Hand.Run(losses)]);
}
