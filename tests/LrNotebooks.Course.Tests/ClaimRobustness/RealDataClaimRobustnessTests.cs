using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>Notebook 07's claims re-run with another set of seeds (and, where cheap, another budget): the verdict must not
/// flip. Digits training is slow, so each claim gets a few perturbations only.</summary>
public sealed class RealDataClaimRobustnessTests
{
    private static readonly DataSplit Data = Digits.Load();

    private static readonly RealDataClaims.Setup OtherSeeds = new() { Data = Data, Seeds = [3, 4, 5] };

    private static readonly Lazy<RealDataClaims.DecidesResult> FixedSweep = new(() => RealDataClaims.LearningRateDecides(OtherSeeds));

    [Fact]
    [ClaimRobustness("07", "C1")]
    public void Learning_rate_decides_with_other_seeds()
    {
        Assert.True(FixedSweep.Value.Holds, FixedSweep.Value.Evidence);
    }

    [Fact]
    [ClaimRobustness("07", "C3")]
    public void Too_high_breaks_training_with_other_seeds_and_budgets()
    {
        foreach (var setup in new[] { OtherSeeds, new RealDataClaims.Setup { Data = Data, Seeds = [9, 10, 11], Epochs = 5 } })
        {
            var result = RealDataClaims.TooHighBreaks(setup);
            Assert.True(result.Holds, result.Evidence);
        }
    }

    [Fact]
    [ClaimRobustness("07", "C7")]
    public void Cosine_beats_the_best_fixed_rate_with_other_seeds()
    {
        var result = RealDataClaims.ScheduleAgainstFixed(OtherSeeds, evaluationSeeds: [.. Enumerable.Range(200, 24)]);
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("07", "C12")]
    public void Adam_is_shifted_not_wider_with_other_seeds()
    {
        var result = RealDataClaims.AdaptiveShift(OtherSeeds, FixedSweep.Value.Sweep);
        Assert.True(result.Holds, result.Evidence);
    }
}
