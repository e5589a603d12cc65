namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class TooLowRobustnessTests
{
    [Theory]
    [ClaimRobustness("03", "C4")]
    [InlineData(1e-6, 14)]
    [InlineData(1e-3, 14)]
    [InlineData(1e-9, 14)]
    [InlineData(1e-6, 7)]
    [InlineData(1e-6, 28)]
    public void Steps_grow_like_one_over_eta_for_other_tolerances_and_grids(double tolerance, int count)
    {
        var verdict = TooLowClaims.StepsGrowLikeInverseRate(tolerance, count);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("03", "C4")]
    [InlineData(1e-3, 1e-3)]
    [InlineData(1e-2, 1e-3)]
    [InlineData(1e-6, 1e-3)]
    [InlineData(1e-3, 1e-6)]
    public void The_plateau_grows_like_one_over_eta_for_other_starts_and_tolerances(double y0, double tolerance)
    {
        var verdict = TooLowClaims.PlateauGrowsLikeInverseRate(y0, tolerance: tolerance);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    [ClaimRobustness("03", "C4")]
    public void The_plateau_grows_like_one_over_eta_on_a_finer_grid_of_rates()
    {
        var verdict = TooLowClaims.PlateauGrowsLikeInverseRate(learningRates: LrNotebooks.Core.Running.Sweep.LogSpace(0.01, 0.4, 12));
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("03", "C5")]
    [InlineData(61, 400)]
    [InlineData(31, 400)]
    [InlineData(121, 400)]
    [InlineData(61, 1000)]
    public void In_one_dimension_small_rates_stay_and_larger_ones_free_only_some_starts(int starts, int steps)
    {
        var verdict = TooLowClaims.TrappedInOneDimension(starts, steps: steps);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    [ClaimRobustness("03", "C5")]
    public void In_one_dimension_the_verdict_survives_a_finer_ladder()
    {
        var verdict = TooLowClaims.TrappedInOneDimension(ladder: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.75]);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("03", "C5")]
    [InlineData(11, 400)]
    [InlineData(9, 400)]
    [InlineData(15, 400)]
    [InlineData(21, 400)]
    [InlineData(11, 1000)]
    public void In_two_dimensions_the_census_pattern_survives_other_grids_and_budgets(int grid, int steps)
    {
        var verdict = TooLowClaims.EscapesInTwoDimensions(grid, steps: steps);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    [ClaimRobustness("03", "C5")]
    public void In_two_dimensions_the_census_pattern_survives_a_finer_ladder()
    {
        var verdict = TooLowClaims.EscapesInTwoDimensions(ladder: [0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.4]);
        Assert.True(verdict.Holds, verdict.Evidence);
    }
}
