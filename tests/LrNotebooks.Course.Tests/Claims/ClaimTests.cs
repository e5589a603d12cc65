using LrNotebooks.Course;

namespace LrNotebooks.Course.Tests;

public sealed class ClaimTests
{
    [Fact]
    public void A_claim_that_holds_returns_a_record_that_says_so_with_its_evidence()
    {
        ClaimResult result = Claim.Check("C3", true, "every rate below 2/L converges", "12/12 converged");

        Assert.Equal("C3", result.Id);
        Assert.Equal("✔ C3 holds: every rate below 2/L converges (evidence: 12/12 converged)", result.ToString());
        Assert.Contains("✔ C3 holds:", result.ToHtml());
        Assert.Contains("evidence: 12/12 converged", result.ToHtml());
    }

    [Fact]
    public void A_claim_that_does_not_hold_throws_with_id_statement_and_evidence()
    {
        var e = Assert.Throws<ClaimFailedException>(() => Claim.Check("C2", false, "the sign alternates", "3 of 10 steps flipped"));

        Assert.Equal("C2", e.Id);
        Assert.Equal("the sign alternates", e.Statement);
        Assert.Equal("3 of 10 steps flipped", e.Evidence);
        Assert.Equal("✘ Claim C2 does not hold: the sign alternates (evidence: 3 of 10 steps flipped)", e.Message);
    }

    [Theory]
    [InlineData(null, "s", "e", "id")]
    [InlineData(" ", "s", "e", "id")]
    [InlineData("C1", "", "e", "statement")]
    [InlineData("C1", "s", null, "evidence")]
    public void Blank_texts_are_rejected_naming_the_parameter(string? id, string? statement, string? evidence, string parameter)
    {
        var e = Assert.Throws<ArgumentException>(() => Claim.Check(id!, true, statement!, evidence!));

        Assert.Equal(parameter, e.ParamName);
        Assert.Contains("non-empty", e.Message);
    }

    [Fact]
    public void Html_output_escapes_the_texts()
    {
        string html = Claim.Check("C<1>", true, "a < b & c", "x > y").ToHtml();

        Assert.Contains("C&lt;1&gt;", html);
        Assert.Contains("a &lt; b &amp; c", html);
        Assert.Contains("x &gt; y", html);
        Assert.DoesNotContain("a < b", html);
    }
}
