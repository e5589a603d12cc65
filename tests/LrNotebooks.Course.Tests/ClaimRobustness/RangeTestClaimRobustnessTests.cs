using LrNotebooks.Training;

namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>Notebook 06's claims re-run with other range-test and training seeds: the verdict must not flip. Digits training is
/// slow, so each claim gets a few perturbations only.</summary>
public sealed class RangeTestClaimRobustnessTests
{
    private static readonly DataSplit Data = Digits.Load();

    [Fact]
    [ClaimRobustness("06", "RT1")]
    public void Three_regimes_show_at_other_range_test_seeds()
    {
        foreach (int seed in new[] { 0, 1, 2, 7, 9 })
        {
            var result = RangeTestClaims.Regimes(new() { Data = Data, RangeTestSeed = seed });
            Assert.True(result.Holds, $"seed {seed}: {result.Evidence}");
        }
    }

    [Fact]
    [ClaimRobustness("06", "RT2")]
    public void Short_tests_disagree_at_other_range_test_seeds()
    {
        foreach (int seed in new[] { 0, 1, 3, 7, 9 })
        {
            var result = RangeTestClaims.RuleDisagreement(new() { Data = Data, RangeTestSeed = seed });
            Assert.True(result.Holds, $"seed {seed}: {result.Evidence}");
        }
    }

    [Fact]
    [ClaimRobustness("06", "RT3")]
    public void Suggestion_is_good_with_other_range_tests_and_training_seeds()
    {
        var result = RangeTestClaims.SuggestionQuality(new() { Data = Data, SuggestionSeeds = [3, 4, 5] }, seeds: [.. Enumerable.Range(5, 8)]);
        Assert.True(result.Holds, result.Evidence);
    }

    [Fact]
    [ClaimRobustness("06", "OC1")]
    [ClaimRobustness("06", "C8")]
    public void Schedules_lose_nothing_and_settle_with_other_range_tests_and_training_seeds()
    {
        var result = RangeTestClaims.ScheduleComparison(new() { Data = Data, SuggestionSeeds = [3, 4, 5] }, seeds: [.. Enumerable.Range(10, 10)]);
        Assert.True(result.Holds, result.Evidence);
        Assert.True(result.Settles, result.SettlingEvidence);
    }
}
