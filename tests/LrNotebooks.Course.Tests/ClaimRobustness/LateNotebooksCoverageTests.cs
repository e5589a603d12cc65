namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>Every <c>Claim.Check</c> of notebooks 05 to 07 has a robustness test.</summary>
public sealed class LateNotebooksCoverageTests
{
    [Fact]
    public void Every_claim_check_of_notebooks_05_to_07_has_a_robustness_test()
    {
        Assert.NotEmpty(ClaimCoverage.ChecksIn("05", "06", "07"));
        Assert.Empty(ClaimCoverage.Missing("05", "06", "07"));
    }
}
