namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class TooHighRobustnessTests
{
    [Theory]
    [ClaimRobustness("02", "C2")]
    [InlineData(0.45, 30)]
    [InlineData(0.26, 30)]
    [InlineData(0.49, 100)]
    [InlineData(0.3, 10)]
    public void The_steep_coordinate_flips_at_every_step_between_1_and_2_over_lambda_max(double learningRate, int steps)
    {
        var verdict = TooHighClaims.OvershootsInSteepDirection(learningRate, steps);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    public void Below_1_over_lambda_max_there_is_no_zig_zag()
    {
        Assert.False(TooHighClaims.OvershootsInSteepDirection(0.2, 30).Holds);
    }

    [Theory]
    [ClaimRobustness("02", "C2")]
    [InlineData(0.001, 0.0025, 2000)]
    [InlineData(0.001, 0.0025, 3000)]
    [InlineData(0.0005, 0.003, 2000)]
    [InlineData(0.0015, 0.0025, 2500)]
    public void The_loss_jumps_above_the_local_limit_and_not_below(double calm, double jumpy, int steps)
    {
        var verdict = TooHighClaims.LossJumpsAboveLocalLimit(calm, jumpy, steps);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    public void Before_the_run_reaches_the_sharp_floor_the_loss_has_not_started_jumping()
    {
        // The range the notebook states: from 2000 steps on. At 1000 the run has not reached the minimum yet.
        Assert.False(TooHighClaims.LossJumpsAboveLocalLimit(0.001, 0.0025, 1000).Holds);
    }

    [Theory]
    [ClaimRobustness("02", "C3")]
    [InlineData(0.6, 150)]
    [InlineData(0.52, 150)]
    [InlineData(0.8, 50)]
    [InlineData(1.5, 150)]
    public void A_rate_above_the_limit_is_reported_as_diverged(double learningRate, int steps)
    {
        var verdict = TooHighClaims.DivergesAboveLimit(learningRate, steps);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("02", "C3")]
    [InlineData(25, 3000)]
    [InlineData(13, 3000)]
    [InlineData(49, 3000)]
    [InlineData(25, 2000)]
    public void The_limit_is_exact_on_finer_and_coarser_grids(int count, int patience)
    {
        var verdict = TooHighClaims.LimitIsExact(count, patience);
        Assert.True(verdict.Holds, verdict.Evidence);
    }
}
