using LrNotebooks.Runner;
using LrNotebooks.Runner.Execution;
using LrNotebooks.Runner.Progress;

namespace LrNotebooks.Runner.Tests.Unit;

public sealed class ProgressReporterTests
{
    [Theory]
    [InlineData(0.123, "0.12 s")]
    [InlineData(9.994, "9.99 s")]
    [InlineData(12.34, "12.3 s")]
    [InlineData(125, "2 min 05 s")]
    public void Durations_read_naturally(double seconds, string text) =>
        Assert.Equal(text, ProgressReporter.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void The_summary_names_each_failure_with_notebook_cell_first_line_and_error()
    {
        var ok = new NotebookRunResult("01-a.ipynb", "/n/01-a.ipynb", "/o/01-a.ipynb",
            [new CellResult(2, "var a = 1;", CellOutcome.Succeeded, TimeSpan.FromSeconds(1), null)], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4), 10, []);
        var failed = new NotebookRunResult("02-b.ipynb", "/n/02-b.ipynb", "/o/02-b.ipynb",
            [
                new CellResult(2, "var a = 1;", CellOutcome.Succeeded, TimeSpan.Zero, null),
                new CellResult(4, "throw new X();", CellOutcome.Failed, TimeSpan.Zero, "X: boom"),
                new CellResult(5, "a", CellOutcome.NotRun, TimeSpan.Zero, null),
            ], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), 11, []);
        var unmet = ok with { Name = "03-c.ipynb", SourcePath = "/n/03-c.ipynb", UnmetExpectations = ["expected 1 Plotly chart output(s), found 0"] };
        using var output = new StringWriter();
        new ProgressReporter(output).Summary(new RunReport(1, "id", "/o", [ok, failed, unmet], TimeSpan.FromSeconds(15)), 3);
        var text = output.ToString();
        Assert.Contains("Summary: 1 of 3 notebook(s) ok, 2 failed, total 15.0 s", text);
        Assert.Contains("FAILED /n/02-b.ipynb, cell 4 `throw new X();`: X: boom", text);
        Assert.Contains("FAILED /n/03-c.ipynb: expected 1 Plotly chart output(s), found 0", text);
        Assert.True(ok.Succeeded);
        Assert.False(failed.Succeeded);
        Assert.False(unmet.Succeeded);
    }
}
