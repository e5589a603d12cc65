namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class FixedVersusScheduledRobustnessTests
{
    private static readonly NoisyBowlSettings Notebook = new();

    public static TheoryData<string, NoisyBowlSettings> Perturbed() => new()
    {
        { "the notebook's settings", Notebook },
        { "seeds 101-164", Notebook with { FirstSeed = 101 } },
        { "seeds 1001-1064", Notebook with { FirstSeed = 1001 } },
        { "a finer grid of 25 rates", Notebook with { SweepCount = 25 } },
        { "a coarser grid of 7 rates", Notebook with { SweepCount = 7 } },
        { "a budget of 100 steps", Notebook with { Steps = 100 } },
        { "a budget of 1000 steps", Notebook with { Steps = 1000 } },
        { "noise σ = 0.2", Notebook with { Sigma = 0.2 } },
        { "noise σ = 1", Notebook with { Sigma = 1 } },
    };

    [Theory]
    [ClaimRobustness("04", "noise floor")]
    [InlineData(0.5, 1)]
    [InlineData(0.5, 101)]
    [InlineData(0.5, 1001)]
    [InlineData(0.3, 1)]
    [InlineData(0.8, 1)]
    public void The_noise_floor_matches_the_prediction(double learningRate, int firstSeed)
    {
        var verdict = FixedVersusScheduledClaims.NoiseFloor(Notebook with { FirstSeed = firstSeed }, learningRate);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C6")]
    [MemberData(nameof(Perturbed))]
    public void The_decaying_rate_beats_every_fixed_rate(string setting, NoisyBowlSettings settings)
    {
        var verdict = FixedVersusScheduledClaims.ScheduleBeatsEveryFixedRate(settings);
        Assert.True(verdict.Holds, $"{setting}: {verdict.Evidence}");
    }

    [Fact]
    public void With_little_noise_the_decaying_rate_loses_and_the_check_says_so()
    {
        // Outside the noise range the notebook states: the 1/t decay is slower than the best fixed rate.
        Assert.False(FixedVersusScheduledClaims.ScheduleBeatsEveryFixedRate(Notebook with { Sigma = 0.02 }).Holds);
    }

    [Theory]
    [ClaimRobustness("04", "C7")]
    [MemberData(nameof(Perturbed))]
    public void The_best_fixed_rate_shrinks_with_the_budget(string setting, NoisyBowlSettings settings)
    {
        int[] budgets = settings.Steps >= 300 ? [30, 100, 300] : [10, 30, 100];
        var verdict = FixedVersusScheduledClaims.BestFixedRateShrinksWithBudget(settings, budgets);
        Assert.True(verdict.Holds, $"{setting}: {verdict.Evidence}");
    }

    [Theory]
    [ClaimRobustness("04", "C8")]
    [InlineData(150, 1, 300)]
    [InlineData(150, 101, 300)]
    [InlineData(50, 1, 300)]
    [InlineData(250, 1, 300)]
    [InlineData(150, 1, 600)]
    public void Lowering_the_rate_lowers_the_loss(int hold, int firstSeed, int steps)
    {
        var verdict = FixedVersusScheduledClaims.DecayLowersTheLoss(Notebook with { FirstSeed = firstSeed, Steps = steps }, hold);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C9")]
    [InlineData(100, 0.1, 1, 300)]
    [InlineData(100, 0.1, 101, 300)]
    [InlineData(50, 0.1, 1, 300)]
    [InlineData(75, 0.1, 1, 300)]
    [InlineData(50, 0.3, 1, 300)]
    [InlineData(100, 0.3, 1, 300)]
    [InlineData(200, 0.1, 1, 600)]
    public void Step_decay_drops_where_the_phase_is_long_enough(int stepSize, double gamma, int firstSeed, int steps)
    {
        var verdict = FixedVersusScheduledClaims.StepDecayDrops(Notebook with { FirstSeed = firstSeed, Steps = steps }, stepSize, gamma);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C10")]
    [InlineData(0.5, 0.9772372209558107, 300)]
    [InlineData(0.1, 0.99, 1000)]
    [InlineData(0.9, 0.5, 50)]
    public void Exponential_decay_follows_its_closed_form(double initialRate, double perStep, int steps)
    {
        var verdict = FixedVersusScheduledClaims.ExponentialDecay(Notebook with { InitialRate = initialRate, Steps = steps }, perStep);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C11")]
    [InlineData(0.5, 0, 300)]
    [InlineData(0.5, 0.01, 300)]
    [InlineData(0.1, 0.001, 1000)]
    [InlineData(0.9, 0, 7)]
    public void Cosine_annealing_follows_its_closed_form(double initialRate, double minRate, int steps)
    {
        var verdict = FixedVersusScheduledClaims.CosineAnnealing(Notebook with { InitialRate = initialRate, Steps = steps }, minRate);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C20")]
    [InlineData(0.5, 1.0, 60, 99)]
    [InlineData(0.5, 1.0, 30, 400)]
    [InlineData(0.5, 1.0, 120, 50)]
    [InlineData(0.5, 3.0, 60, 99)]
    public void The_noise_free_optimum_is_the_closed_form(double a, double b, int steps, int count)
    {
        var sweep = FixedVersusScheduledClaims.NoiseFreeSweep(LrNotebooks.Core.Surfaces.Surface.Quadratic(a, b), [-2.5, 2.5], steps, count);
        var verdict = FixedVersusScheduledClaims.OptimalFixedRateInClosedForm(sweep);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C20")]
    [InlineData(1, 300, 13, 0.02)]
    [InlineData(101, 300, 13, 0.02)]
    [InlineData(1, 600, 13, 0.02)]
    [InlineData(1, 300, 25, 0.02)]
    [InlineData(1, 300, 13, 0.01)]
    [InlineData(1001, 300, 7, 0.02)]
    public void The_noise_decides_whether_a_fixed_rate_or_the_schedule_wins(int firstSeed, int steps, int count, double lowSigma)
    {
        var verdict = FixedVersusScheduledClaims.NoiseDecidesTheWinner(Notebook with { FirstSeed = firstSeed, Steps = steps, SweepCount = count }, lowSigma);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Theory]
    [ClaimRobustness("04", "C20")]
    [InlineData(9, 400)]
    [InlineData(7, 400)]
    [InlineData(15, 400)]
    [InlineData(9, 1000)]
    public void No_rate_finds_a_narrow_global_well(int grid, int steps)
    {
        var verdict = FixedVersusScheduledClaims.NoRateFindsANarrowGlobalWell(grid, steps: steps);
        Assert.True(verdict.Holds, verdict.Evidence);
    }

    [Fact]
    [ClaimRobustness("04", "C20")]
    public void No_rate_finds_a_narrow_global_well_on_a_finer_ladder()
    {
        var verdict = FixedVersusScheduledClaims.NoRateFindsANarrowGlobalWell(ladder: [0.05, 0.1, 0.15, 0.2, 0.22, 0.3, 0.4, 0.5, 0.7, 1, 1.2, 1.5, 2]);
        Assert.True(verdict.Holds, verdict.Evidence);
    }
}
