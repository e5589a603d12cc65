namespace LrNotebooks.Training.Tests;

public sealed class SettlingTests
{
    [Fact]
    public void RangeOfTheLastEpochsValidationAccuracy()
    {
        var run = SweepFixtures.Run("r", 0.5, 0.9, 0.95, 0.93, 0.96);
        Assert.Equal(0.03, Settling.ValidationAccuracyRange(run), 12);
        Assert.Equal(0.03, Settling.ValidationAccuracyRange(run, lastEpochs: 2), 12);
        Assert.Equal(0.46, Settling.ValidationAccuracyRange(run, lastEpochs: 5), 12);
        Assert.Equal(0, Settling.ValidationAccuracyRange(SweepFixtures.Run("flat", 0.9, 0.9, 0.9)));
    }

    [Fact]
    public void InvalidInputIsRejectedWithTheParameterName()
    {
        var run = SweepFixtures.Run("r", 0.5, 0.9);
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => Settling.ValidationAccuracyRange(null!)).ParamName);
        Assert.Equal("lastEpochs", Assert.Throws<ArgumentOutOfRangeException>(() => Settling.ValidationAccuracyRange(run, 1)).ParamName);
        var tooShort = Assert.Throws<ArgumentException>(() => Settling.ValidationAccuracyRange(SweepFixtures.Diverged("d", 3, 0.5), 3));
        Assert.Equal("run", tooShort.ParamName);
        Assert.Contains("diverged at step 3", tooShort.Message);
    }
}
