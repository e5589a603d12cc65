using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class OscillationTests
{
    [Fact]
    public void Overshooting_iterates_flip_sign_at_every_step()
    {
        var run = Runs.OneD(1, -0.6, 0.36, -0.216);

        Assert.Equal([1, -1, 1, -1], Oscillation.Signs(run, 0, 0));
        Assert.True(Oscillation.AlternatesEveryStep(run, 0, 0));
        Assert.Equal([1, -1], Oscillation.Signs(run, 0, 0, steps: 1));
        Assert.Equal(3, run.SignChanges(0, 0));
    }

    [Fact]
    public void Creeping_iterates_do_not_alternate_and_an_iterate_on_the_center_breaks_alternation()
    {
        Assert.False(Oscillation.AlternatesEveryStep(Runs.OneD(1, 0.5, 0.25), 0, 0));
        Assert.False(Oscillation.AlternatesEveryStep(Runs.OneD(1, -1, 0, 1), 0, 0));
        Assert.False(Oscillation.AlternatesEveryStep(Runs.OneD(1, -1, -0.5, 0.2), 0, 0));
        Assert.False(Oscillation.AlternatesEveryStep(Runs.OneD(1), 0, 0));
        Assert.True(Oscillation.AlternatesEveryStep(Runs.OneD(3, 1), 0, 2));
        Assert.True(Oscillation.AlternatesEveryStep(Runs.OneD(1, -1, -0.5), 0, 0, steps: 1));
    }

    [Fact]
    public void The_chosen_coordinate_is_measured()
    {
        var run = Runs.Of([[1, 1], [0.5, -1], [0.25, 1]], [2, 1.25, 1.0625]);

        Assert.False(Oscillation.AlternatesEveryStep(run, 0, 0));
        Assert.True(Oscillation.AlternatesEveryStep(run, 1, 0));
        Assert.Equal([1, -1, 1], Oscillation.Signs(run, 1, 0));
    }

    [Fact]
    public void Loss_increases_are_counted()
    {
        var run = Runs.Of([[0], [0], [0], [0], [0]], [4, 3, 3.5, 1, 2]);

        Assert.Equal(2, Oscillation.LossIncreases(run));
        Assert.Equal(0, Oscillation.LossIncreases(Runs.OneD(1, 0.5, 0.5, 0.1)));
        Assert.Equal(run.LossIsNonIncreasing(), Oscillation.LossIncreases(run) == 0);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_parameter()
    {
        var run = Runs.OneD(1, 0.5);
        Assert.Equal("coordinate", Assert.Throws<ArgumentOutOfRangeException>(() => Oscillation.Signs(run, 1, 0)).ParamName);
        Assert.Equal("center", Assert.Throws<ArgumentOutOfRangeException>(() => Oscillation.Signs(run, 0, double.NaN)).ParamName);
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => Oscillation.Signs(run, 0, 0, -1)).ParamName);
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => Oscillation.LossIncreases(null!)).ParamName);
    }
}
