namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class EarlyNotebooksCoverageTests
{
    [Fact]
    public void Every_claim_check_in_notebooks_00_to_04_has_a_robustness_test()
    {
        string[] missing = ClaimCoverage.Missing("00", "01", "02", "03", "04");
        Assert.True(missing.Length == 0, "Claim checks without a [ClaimRobustness] test: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_early_notebooks_contain_claim_checks()
    {
        var checks = ClaimCoverage.ChecksIn("00", "01", "02", "03", "04");
        Assert.Contains("04:C6", checks);
        Assert.Contains("04:C20", checks);
        Assert.Contains("01:loop", checks);
    }
}
