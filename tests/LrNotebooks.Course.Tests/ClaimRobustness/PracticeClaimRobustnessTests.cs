using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>
/// Re-runs the claim computations of notebooks 08 and 09 with other seeds and smaller budgets or grids than the
/// notebooks use: a claim that holds only for the notebook's own seeds would fail here.
/// </summary>
public sealed class PracticeClaimRobustnessTests
{
    private static readonly DataSplit Data = Digits.Load();

    [Fact]
    [ClaimRobustness("08", "C14")]
    public void Gradient_noise_falls_like_one_over_the_batch_size_at_other_initial_weights()
    {
        var result = PracticeClaims.GradientNoise(Data, new GradientNoiseSettings { Seed = 7, Batches = 100, BatchSizes = [8, 32, 128] });
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("08", "C14")]
    public void The_noise_floor_follows_eta_over_b_with_other_noise_seeds()
    {
        var result = PracticeClaims.NoiseFloor(new NoiseFloorSettings { Seed = 1000, BatchSizes = [1, 8], Seeds = 24 });
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("08", "C14")]
    public void Linear_scaling_brings_the_batch_sizes_together_with_other_seeds_and_a_shorter_budget()
    {
        var result = PracticeClaims.LinearScaling(Data, new LinearScalingSettings { Seeds = [10, 11, 12], Epochs = 6, BatchSizes = [32, 128, 256] });
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("08", "C15")]
    public void Warm_up_rescues_the_same_peak_rate_for_other_seeds()
    {
        var result = PracticeClaims.WarmUp(Data, new WarmUpSettings { Seeds = [8, 9, 10, 11, 12, 13, 14, 15], Epochs = 6 });
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("08", "C17")]
    public void Reduce_on_plateau_drops_exactly_when_the_loss_stalls_for_another_seed_and_patience()
    {
        var result = PracticeClaims.Plateau(Data, new PlateauSettings { Seed = 5, Patience = 2, Epochs = 20 });
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("08", "C18")]
    [ClaimRobustness("08", "C21")]
    public void Warmup_stable_decay_and_schedule_free_keep_up_with_cosine_at_other_budgets_and_seeds()
    {
        var settings = new BudgetSettings { Budgets = [4, 8, 12], Seeds = [5, 6, 7] };
        var cosine = PracticeClaims.CosineBaselines(Data, settings);
        var wsd = PracticeClaims.WarmupStableDecay(Data, cosine, settings);
        var scheduleFree = PracticeClaims.ScheduleFree(Data, cosine, settings);
        Assert.True(wsd.Holds, wsd.Evidence);
        Assert.True(scheduleFree.Holds, scheduleFree.Evidence);
    }

    [Fact]
    [ClaimRobustness("09", "C16")]
    public void Sharpness_settles_near_two_over_eta_from_other_initial_weights()
    {
        var settings = new EdgeOfStabilitySettings { Seed = 3, Steps = 120 };
        var rising = EdgeOfStabilityClaims.RisesToEdge([EdgeOfStabilityClaims.Run(Data, 0.2, settings)]);
        Assert.True(rising.Holds, rising.Evidence);
        var shallow = settings with { Hidden = [64] };
        var falling = EdgeOfStabilityClaims.FallsToEdge([EdgeOfStabilityClaims.Run(Data, 1.5, shallow)]);
        Assert.True(falling.Holds, falling.Evidence);
    }
}
