using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class LatencyTests
{
    [Fact]
    public void ConvergedRunsGiveTheirStepAndTheOthersNaN()
    {
        Trajectory[] runs =
        [
            Runs.Of([[1.0], [0.5]], [1, 0.25], new RunStatus(RunOutcome.Converged, 7)),
            Runs.Of([[1.0], [0.9]], [1, 0.81], new RunStatus(RunOutcome.StillRunning, 1)),
            Runs.Of([[1.0], [3.0]], [1, 9], new RunStatus(RunOutcome.Diverged, 2)),
        ];
        double[] steps = Latency.Steps(runs);
        Assert.Equal(7.0, steps[0]);
        Assert.True(double.IsNaN(steps[1]));
        Assert.True(double.IsNaN(steps[2]));
    }

    [Fact]
    public void StepsMatchTheStatusOfRealRunsInOrder()
    {
        var options = new RunOptions { Steps = 2000, Tolerance = 1e-6, StopAtConvergence = true };
        var parabola = Surface.Parabola(1);
        Trajectory[] runs = [.. new[] { 0.1, 0.5, 2.5 }.Select(lr => Descent.Run(parabola, Optimizer.Sgd(lr), [2.0], options))];
        double[] steps = Latency.Steps(runs);
        Assert.Equal(runs[0].Status.Step, steps[0]);
        Assert.Equal(runs[1].Status.Step, steps[1]);
        Assert.True(steps[0] > steps[1]);
        Assert.True(double.IsNaN(steps[2]));
    }

    [Fact]
    public void NullRunsAreRejected()
    {
        Assert.Equal("runs", Assert.Throws<ArgumentNullException>(() => Latency.Steps(null!)).ParamName);
    }
}
