using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;
using LrNotebooks.Core.Tests.Running;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class StepSizeRatioTests
{
    [Fact]
    public void RatioIsLargestOverSmallestAtEveryStep()
    {
        var run = Hand.WithStepSizes([0.1, 0.4], [0.3, 0.1], [2, 2]);
        Assert.Equal([4.0, 3.0, 1.0], StepSizeRatio.PerStep(run), new ToleranceComparer(1e-15));
        Assert.Equal(3.0, StepSizeRatio.Median(run), 1e-15);
    }

    [Fact]
    public void MedianOfAnEvenCountIsTheLowerMiddle()
    {
        Assert.Equal(2.0, StepSizeRatio.Median(Hand.WithStepSizes([1, 5], [1, 1], [1, 2], [3, 1])));
    }

    [Fact]
    public void ZeroStepSizesGiveOneWhenAllAreZeroAndInfinityOtherwise()
    {
        Assert.Equal([1.0, double.PositiveInfinity], StepSizeRatio.PerStep(Hand.WithStepSizes([0, 0], [0, 0.5])));
    }

    [Fact]
    public void PlainGradientDescentGivesExactlyOneAtEveryStep()
    {
        var run = Descent.Run(Surface.Quadratic(0.1, 2), Optimizer.Sgd(0.3), [-2.5, 1.5], 50);
        Assert.All(StepSizeRatio.PerStep(run), r => Assert.Equal(1.0, r));
    }

    [Fact]
    public void ARunWithoutStepsIsRejected()
    {
        var run = Descent.Run(Surface.Quadratic(0.1, 2), Optimizer.Sgd(0.3), [-2.5, 1.5], 0);
        Assert.Contains("EffectiveStepSizes", Assert.Throws<ArgumentOutOfRangeException>(() => StepSizeRatio.PerStep(run)).ParamName, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => StepSizeRatio.PerStep(null!));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
