using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Running;

public sealed class RunAnalysisTests
{
    private static Trajectory Path(params double[] xs) => new("path",
        xs.Select(x => new[] { x, -x }).ToArray(), xs.Select(x => x * x).ToArray(), xs.Skip(1).Select(_ => 0.1).ToArray(),
        xs.Select(Math.Abs).ToArray(), xs.Skip(1).Select(_ => new[] { 0.1, 0.1 }).ToArray(), new RunStatus(RunOutcome.StillRunning, xs.Length - 1));

    [Fact]
    public void StepsToToleranceIsTheFirstIterateWithinTheGap()
    {
        var run = Path(3, 2, 1, 0.5, 0.1);
        Assert.Equal(2, run.StepsToTolerance(0, 1));
        Assert.Equal(0, run.StepsToTolerance(0, 9));
        Assert.Equal(3, run.StepsToTolerance(0.2, 0.05 + 1e-12));
        Assert.Null(run.StepsToTolerance(0, 1e-3));
        // Agrees with the runner's own convergence test.
        var descent = Descent.Run(Surface.Saddle(), Optimizer.Sgd(0.3), [1.0, 0.1], new RunOptions { Steps = 200, Tolerance = 1e-6 });
        Assert.Equal(descent.Status.Step, descent.StepsToTolerance(-0.25, 1e-6));
    }

    [Fact]
    public void SignChangesCountFlipsAroundTheCentreSkippingZeros()
    {
        Assert.Equal(0, RunAnalysis.SignChanges([]));
        Assert.Equal(0, RunAnalysis.SignChanges([1, 2, 3]));
        Assert.Equal(3, RunAnalysis.SignChanges([1, -1, 1, -1]));
        Assert.Equal(1, RunAnalysis.SignChanges([1, 0, 0, -2]));
        Assert.Equal(0, RunAnalysis.SignChanges([1, 0, 3]));
        Assert.Equal(2, RunAnalysis.SignChanges([4, 6, 4], center: 5));
        var run = Path(1, -0.5, 0.25, 0.1);
        Assert.Equal(2, run.SignChanges(0));
        Assert.Equal(2, run.SignChanges(0, coordinate: 1));
        Assert.Equal(3, run.SignChanges(0.2));
        Assert.Equal(1, Path(1, 0.5, 0.1, 0.05).SignChanges(0.2));
    }

    [Fact]
    public void MonotonicityAllowsAnOptionalRise()
    {
        Assert.True(RunAnalysis.IsNonIncreasing([]));
        Assert.True(RunAnalysis.IsNonIncreasing([3, 3, 2, 1]));
        Assert.False(RunAnalysis.IsNonIncreasing([3, 2, 2.5]));
        Assert.True(RunAnalysis.IsNonIncreasing([3, 2, 2.5], tolerance: 0.5));
        Assert.True(Path(3, 2, 1).LossIsNonIncreasing());
        Assert.False(Path(1, -2).LossIsNonIncreasing());
    }

    [Fact]
    public void GapsAndDistances()
    {
        var run = Path(3, 1);
        Assert.Equal([8.0, 0.0], run.OptimalityGaps(1));
        Assert.Equal([Math.Sqrt(18), Math.Sqrt(2)], run.DistancesTo([0.0, 0.0]));
        Assert.Equal([Math.Sqrt(4 + 16), Math.Sqrt(4)], run.DistancesTo([1.0, 1.0]));
    }

    [Fact]
    public void ArgumentsAreValidated()
    {
        var run = Path(1, 2);
        Assert.Throws<ArgumentNullException>("run", () => RunAnalysis.StepsToTolerance(null!, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>("minimumValue", () => run.StepsToTolerance(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>("tolerance", () => run.StepsToTolerance(0, -1));
        Assert.Throws<ArgumentNullException>("values", () => RunAnalysis.SignChanges(null!));
        Assert.Throws<ArgumentOutOfRangeException>("center", () => RunAnalysis.SignChanges([1.0], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("coordinate", () => run.SignChanges(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>("coordinate", () => run.SignChanges(0, -1));
        Assert.Throws<ArgumentNullException>("run", () => RunAnalysis.SignChanges((Trajectory)null!, 0));
        Assert.Throws<ArgumentNullException>("values", () => RunAnalysis.IsNonIncreasing(null!));
        Assert.Throws<ArgumentOutOfRangeException>("tolerance", () => RunAnalysis.IsNonIncreasing([1.0], -1));
        Assert.Throws<ArgumentNullException>("run", () => RunAnalysis.LossIsNonIncreasing(null!));
        Assert.Throws<ArgumentOutOfRangeException>("minimumValue", () => run.OptimalityGaps(double.PositiveInfinity));
        Assert.Throws<ArgumentNullException>("point", () => run.DistancesTo(null!));
        Assert.Throws<ArgumentException>("point", () => run.DistancesTo([1.0]));
    }
}
