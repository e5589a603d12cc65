using LrNotebooks.Site;

namespace LrNotebooks.Site.Tests;

public sealed class MathSpanScannerTests
{
    private static (string Tex, bool Display)[] Spans(string markdown) =>
        [.. MathSpanScanner.Protect(markdown).Spans.Select(s => (s.Tex, s.Display))];

    [Theory]
    [InlineData("a $x$ b", "x", false)]
    [InlineData("$$x^2$$", "x^2", true)]
    [InlineData("$$\n\\frac{a}{b}\n$$", "\\frac{a}{b}", true)]
    [InlineData("a \\(x_1\\) b", "x_1", false)]
    [InlineData("\\[\nx\n\\]", "\nx\n", true)]
    [InlineData("$a_1 * b_2$", "a_1 * b_2", false)]
    [InlineData("$x$,", "x", false)]
    [InlineData("($\\eta$)", "\\eta", false)]
    [InlineData("$a\nb$", "a\nb", false)]
    [InlineData("$\\$5$", "\\$5", false)]
    public void Finds_one_formula(string markdown, string tex, bool display)
    {
        Assert.Equal([(tex, display)], Spans(markdown));
    }

    [Theory]
    [InlineData("a price of $5 or $10")]
    [InlineData("a $ x$ b")]
    [InlineData("a $x $ b")]
    [InlineData("`$x$` is code")]
    [InlineData("``a `$x$` b``")]
    [InlineData("```\n$x$\n```")]
    [InlineData("~~~csharp\nvar s = $\"{x}\";\n~~~")]
    [InlineData("\\$x\\$ is escaped")]
    [InlineData("$a\n\nb$")]
    [InlineData("$$ $$")]
    [InlineData("unclosed $x and \\(y")]
    public void Finds_no_formula(string markdown)
    {
        Assert.Empty(Spans(markdown));
    }

    [Fact]
    public void Replaces_formulas_with_placeholders_and_keeps_everything_else()
    {
        var result = MathSpanScanner.Protect("Let $a_1$ and $$b_2$$ be, with `c_3` and *d*.\n```\n$e$\n```\n$f$");
        Assert.Equal(["a_1", "b_2", "f"], result.Spans.Select(s => s.Tex));
        Assert.DoesNotContain("a_1", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("b_2", result.Text, StringComparison.Ordinal);
        Assert.Contains("`c_3` and *d*.\n```\n$e$\n```\n", result.Text, StringComparison.Ordinal);
        Assert.Equal("Let " + result.Spans[0].Placeholder + " and " + result.Spans[1].Placeholder, result.Text[..(result.Text.IndexOf(" be", StringComparison.Ordinal))]);
        Assert.All(result.Spans, s => Assert.Single(result.Text.Split(s.Placeholder)[1..]));
    }

    [Fact]
    public void A_fence_without_a_closing_fence_runs_to_the_end()
    {
        Assert.Empty(Spans("text\n```\n$x$\n$y$"));
        Assert.Equal([("z", false)], Spans("```\n$x$\n```\n\n$z$"));
    }
}
