using LrNotebooks.Course;
using LrNotebooks.Core.Running;

namespace LrNotebooks.Course.Tests;

public sealed class ResultTableTests
{
    [Fact]
    public void Cells_are_formatted_like_the_rest_of_the_lesson()
    {
        var table = new ResultTable("learning rate", "status", "final loss", "monotone", "steps")
            .AddRow(0.5, new RunStatus(RunOutcome.Diverged, 12), 1.5e7, false, 12)
            .AddRow(1.0 / 3, new RunStatus(RunOutcome.Converged, 57), 4.2e-9, true, null);

        Assert.Equal(["0.5", "diverged at step 12", "1.5e+7", "no", "12"], table.Rows[0]);
        Assert.Equal(["0.333", "converged at step 57", "4.2e-9", "yes", ""], table.Rows[1]);
    }

    [Fact]
    public void Markdown_has_a_header_a_separator_and_escaped_pipes()
    {
        string markdown = new ResultTable("a", "b|c").AddRow("x|y", 2.0).ToMarkdown();

        Assert.Equal(
            "| a | b\\|c |" + Environment.NewLine + "|---|---|" + Environment.NewLine + "| x\\|y | 2 |" + Environment.NewLine,
            markdown);
    }

    [Fact]
    public void Html_escapes_headers_and_cells()
    {
        string html = new ResultTable("η < 2/L").AddRow("<b>").ToHtml();

        Assert.StartsWith("<table", html);
        Assert.Contains("η &lt; 2/L", html);
        Assert.Contains("&lt;b&gt;", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void From_builds_one_row_per_item_with_lambda_columns()
    {
        double[] rates = [0.1, 0.2];

        ResultTable table = ResultTable.From(rates, ("η", r => r), ("2η", r => 2 * r), ("label", r => $"lr={r}"));

        Assert.Equal(["η", "2η", "label"], table.Columns);
        Assert.Equal(["0.2", "0.4", "lr=0.2"], table.Rows[1]);
    }

    [Fact]
    public void Bad_shapes_are_rejected_naming_the_parameter()
    {
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => new ResultTable()).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => new ResultTable("a", " ")).ParamName);
        Assert.Equal("cells", Assert.Throws<ArgumentException>(() => new ResultTable("a", "b").AddRow(1.0)).ParamName);
    }
}
