using LrNotebooks.Site;

namespace LrNotebooks.Site.Tests;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Underscores_and_stars_inside_math_never_become_emphasis()
    {
        var html = MarkdownRenderer.Render("Take $a_1 b_2$ and $x*y*z$ and _this_.").Html;
        Assert.Equal(1, Count(html, "<em>"));
        Assert.Contains("<em>this</em>", html, StringComparison.Ordinal);
        Assert.Contains("<msub><mi>a</mi><mn>1</mn></msub>", html, StringComparison.Ordinal);
        Assert.Contains("<mo>∗</mo>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_math_in_its_own_paragraph_is_not_wrapped_in_a_paragraph()
    {
        var html = MarkdownRenderer.Render("Before\n\n$$\nx^2\n$$\n\nAfter").Html;
        Assert.Contains("<p>Before</p>\n<math display=\"block\" alttext=\"x^2\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p><math", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Punctuation_after_inline_math_stays_on_its_line()
    {
        var html = MarkdownRenderer.Render("Take $x$, then $y$; done $z$").Html;
        Assert.Contains("<span class=\"math-nowrap\"><math alttext=\"x\">", html, StringComparison.Ordinal);
        Assert.Contains("</math>,</span> then", html, StringComparison.Ordinal);
        Assert.Contains("</math>;</span> done", html, StringComparison.Ordinal);
        Assert.EndsWith("</math></p>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_math_alone_in_a_paragraph_stays_inline()
    {
        var html = MarkdownRenderer.Render("$x$").Html;
        Assert.StartsWith("<p><math alttext=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Backslash_delimiters_and_pipes_in_table_cells_are_math()
    {
        var rendered = MarkdownRenderer.Render("| a | b |\n|---|---|\n| \\(x\\) | $|y|$ |\n\n\\[z\\]");
        Assert.Equal(3, rendered.FormulaCount);
        Assert.Equal(3, Count(rendered.Html, "<math"));
        Assert.Contains("<td><math alttext=", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<mo stretchy=\"false\">|</mo><mi>y</mi>", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_code_keeps_its_dollars()
    {
        var html = MarkdownRenderer.Render("a < b & c `$x$` and\n\n```csharp\nvar s = $\"{x}\";\n```").Html;
        Assert.Contains("a &lt; b &amp; c <code>$x$</code>", html, StringComparison.Ordinal);
        Assert.Contains("var s = $\"{x}\";", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<math", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_heading_gives_the_title_as_text_and_as_html()
    {
        var rendered = MarkdownRenderer.Render("Intro\n\n## The step size $\\eta$ and $x^2$\n\n# Later");
        Assert.Equal("The step size η and x^2", rendered.HeadingText);
        Assert.StartsWith("The step size <math alttext=", rendered.HeadingHtml, StringComparison.Ordinal);
        Assert.Contains("<msup>", rendered.HeadingHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Learning objectives\n\n- one $x$\n- two")]
    [InlineData("### What you'll learn\n\n1. one $x$\n2. two")]
    [InlineData("**You will learn:**\n\n- one $x$\n- two")]
    [InlineData("## Objectives\n\nAfter this notebook you can:\n\n- one $x$\n- two")]
    public void Learning_objectives_are_the_list_after_their_lead_in(string markdown)
    {
        var objectives = MarkdownRenderer.Render("# Title\n\nText.\n\n" + markdown + "\n\n## Next\n\n- not this").ObjectivesHtml;
        Assert.NotNull(objectives);
        Assert.Matches("^<(ul|ol)>", objectives);
        Assert.Contains("<math alttext=", objectives, StringComparison.Ordinal);
        Assert.Contains("two", objectives, StringComparison.Ordinal);
        Assert.DoesNotContain("not this", objectives, StringComparison.Ordinal);
    }

    [Fact]
    public void No_objectives_when_there_is_no_lead_in()
    {
        Assert.Null(MarkdownRenderer.Render("# Title\n\n- a list\n- of things").ObjectivesHtml);
        Assert.Null(MarkdownRenderer.Render("## Learning objectives\n\n## Another heading\n\n- a").ObjectivesHtml);
    }

    [Fact]
    public void Unknown_commands_and_malformed_formulas_are_reported()
    {
        var rendered = MarkdownRenderer.Render("$\\foo x$ and $\\frac{a}$");
        Assert.Equal(["\\foo"], rendered.UnknownCommands);
        Assert.Single(rendered.MathErrors);
        Assert.Contains("\\frac{a}", rendered.MathErrors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TeX_left_outside_delimiters_is_reported()
    {
        var rendered = MarkdownRenderer.Render("The limit $\\lim_{t \\to \\infty} x $ is wrong.");
        Assert.Contains(rendered.MathErrors, e => e.Contains("outside math delimiters", StringComparison.Ordinal));
        Assert.Empty(MarkdownRenderer.Render("Code `\\frac{a}{b}` and a price of $5.").MathErrors);
    }

    [Fact]
    public void Attachments_become_data_uris_and_relative_images_are_collected()
    {
        var rendered = MarkdownRenderer.Render(
            "![a](attachment:plot.png) ![b](images/curve%201.png) ![c](https://example.org/x.png) ![d](../secret.png)",
            new Dictionary<string, (string, string)> { ["plot.png"] = ("image/png", "iVBORw0KGgo=\n") });
        Assert.Contains("src=\"data:image/png;base64,iVBORw0KGgo=\"", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(["images/curve 1.png"], rendered.ImagePaths);
    }

    [Fact]
    public void A_formula_inside_an_attribute_stays_TeX_text()
    {
        var html = MarkdownRenderer.Render("![loss $x<1$](a.png)").Html;
        Assert.Contains("alt=\"loss x&lt;1\"", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
