namespace LrNotebooks.Course.Tests.ClaimRobustness;

public sealed class PracticeNotebooksCoverageTests
{
    [Fact]
    public void Every_claim_check_of_notebooks_08_and_09_has_a_robustness_test()
    {
        Assert.Empty(ClaimCoverage.Missing("08", "09"));
    }
}
