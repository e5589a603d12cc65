using System.Text.Json.Nodes;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner;
using LrNotebooks.Runner.Execution;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Runner.Tests;

/// <summary>The runner against the real kernel: outputs, failures, timeouts, cleanup.</summary>
[Trait("Category", "Kernel")]
public sealed class KernelRunTests(KernelRunsFixture runs) : IClassFixture<KernelRunsFixture>
{
    private NotebookRunResult Result(string name) => runs.Mixed.Notebooks.Single(n => n.Name == name);

    private JsonArray Outputs(string name, int cell) =>
        (JsonArray)NotebookReader.Read(Result(name).ExecutedPath!).Cells[cell - 1].Json["outputs"]!;

    [Fact]
    public void A_failing_notebook_makes_the_run_exit_1_after_running_every_selected_notebook()
    {
        Assert.Equal(ExitCodes.NotebookFailed, runs.Mixed.ExitCode);
        Assert.Equal(["a-ok.ipynb", "b-fail.ipynb", "c-missing-library.ipynb", "d-unmet.ipynb"], runs.Mixed.Notebooks.Select(n => n.Name));
        Assert.True(Result("a-ok.ipynb").Succeeded, runs.MixedOutput);
        Assert.All(runs.Mixed.Notebooks.Skip(1), n => Assert.False(n.Succeeded));
        Assert.True(File.Exists(Path.Combine(runs.Repository.Artifacts, "site", "index.html")), "site not exported");
    }

    [Fact]
    public void Progress_shows_each_notebook_each_cell_the_kernel_start_and_a_summary()
    {
        var output = runs.MixedOutput;
        Assert.Contains("Restoring the kernel tool (dotnet tool restore) ... done", output);
        Assert.Contains("[1/4] a-ok.ipynb (4 code cell(s))", output);
        Assert.Matches(@"kernel started in \d+\.\d+ s \(ready \d+\.\d+ s \+ warm-up \d+\.\d+ s; pid \d+\)", output);
        Assert.Matches(@"cell 2/5 `Console.WriteLine\(""out-marker""\);` \.\.\. ok \d+\.\d+ s", output);
        Assert.Contains("Summary: 1 of 4 notebook(s) ok, 3 failed", output);
    }

    [Fact]
    public void A_failing_cell_is_named_with_its_notebook_number_first_line_and_error_and_later_cells_do_not_run()
    {
        var result = Result("b-fail.ipynb");
        var failure = result.FirstFailure!;
        Assert.Equal((2, CellOutcome.Failed), (failure.Number, failure.Outcome));
        Assert.Equal(CellOutcome.NotRun, result.Cells[2].Outcome);
        Assert.Contains(
            $"FAILED {runs.Repository.Notebook("b-fail.ipynb")}, cell 2 `{KernelRunsFixture.FailingCell}`: System.InvalidOperationException: boom-marker",
            runs.MixedOutput);

        var error = Assert.Single(Outputs("b-fail.ipynb", 2));
        Assert.Equal("error", (string?)error!["output_type"]);
        Assert.Equal("System.InvalidOperationException", (string?)error["ename"]);
        Assert.Equal("boom-marker", (string?)error["evalue"]);
        Assert.Contains("System.InvalidOperationException: boom-marker", ((JsonArray)error["traceback"]!).Select(l => (string?)l));
        var notRun = NotebookReader.Read(result.ExecutedPath!).Cells[2].Json;
        Assert.Empty((JsonArray)notRun["outputs"]!);
        Assert.Null(notRun["execution_count"]);
    }

    [Fact]
    public void A_missing_library_is_reported_with_the_build_command()
    {
        var failure = Result("c-missing-library.ipynb").FirstFailure!;
        Assert.Equal((1, CellOutcome.Failed), (failure.Number, failure.Outcome));
        Assert.Contains("CS0006", failure.Error);
        Assert.Contains("dotnet build src/LrNotebooks.Course -c Release", failure.Error);
        Assert.Contains($"c-missing-library.ipynb, cell 1 `{KernelRunsFixture.MissingLibraryCell}`", runs.MixedOutput);
    }

    [Fact]
    public void An_unmet_expectation_fails_the_notebook_and_is_named()
    {
        var result = Result("d-unmet.ipynb");
        Assert.All(result.Cells, c => Assert.Equal(CellOutcome.Succeeded, c.Outcome));
        Assert.Equal(["expected 1 Plotly chart output(s), found 0"], result.UnmetExpectations);
        Assert.Contains($"FAILED {runs.Repository.Notebook("d-unmet.ipynb")}: expected 1 Plotly chart output(s), found 0", runs.MixedOutput);
    }

    [Fact]
    public void Outputs_are_nbformat_streams_displays_and_results()
    {
        var result = Result("a-ok.ipynb");
        Assert.Equal([CellOutcome.Succeeded, CellOutcome.Succeeded, CellOutcome.Empty, CellOutcome.Succeeded], result.Cells.Select(c => c.Outcome));

        var streams = Outputs("a-ok.ipynb", 2);
        AssertJson("""[{"output_type":"stream","name":"stdout","text":"out-marker\n"},{"output_type":"stream","name":"stderr","text":"err-marker\n"}]""", streams);
        AssertJson("""[{"output_type":"display_data","data":{"text/plain":"shown-marker"},"metadata":{}}]""", Outputs("a-ok.ipynb", 3));
        Assert.Empty(Outputs("a-ok.ipynb", 4));
        var value = Assert.Single(Outputs("a-ok.ipynb", 5))!;
        Assert.Equal("execute_result", (string?)value["output_type"]);
        Assert.Equal(3, (int?)value["execution_count"]);
        Assert.Contains("42", (string?)value["data"]!["text/html"] ?? (string?)value["data"]!["text/plain"]);

        var executed = NotebookReader.Read(result.ExecutedPath!);
        Assert.Equal([1, 2, null, 3], executed.CodeCells.Select(c => (int?)c.Json["execution_count"]));
        Assert.Equal(5, (int)executed.Document["nbformat_minor"]!);
        var source = NotebookReader.Read(result.SourcePath);
        Assert.True(JsonNode.DeepEquals(source.Document["metadata"], executed.Document["metadata"]));
        Assert.Equal(source.Cells.Select(c => c.Json["metadata"]!.ToJsonString()), executed.Cells.Select(c => c.Json["metadata"]!.ToJsonString()));
        Assert.False(executed.Cells[0].Json.ContainsKey("outputs"));
    }

    [Fact]
    public void A_hanging_cell_times_out_and_its_kernel_is_stopped()
    {
        Assert.Equal(ExitCodes.NotebookFailed, runs.Hang.ExitCode);
        var result = Assert.Single(runs.Hang.Notebooks);
        var cell = result.Cells[0];
        Assert.Equal(CellOutcome.TimedOut, cell.Outcome);
        // The deadline is a timer on the millisecond tick count, which can fire up to a tick (1 ms on Linux, 15.6 ms on
        // Windows) before the cell's stopwatch reads 5 s: 4.9995 s was seen.
        Assert.InRange(cell.Elapsed.TotalSeconds, 4.98, 60);
        Assert.Equal(CellOutcome.NotRun, result.Cells[1].Outcome);
        Assert.Contains("TIMED OUT after", runs.HangOutput);
        Assert.Contains($"FAILED {runs.HangNotebook}, cell 1 `{KernelRunsFixture.HangingCell}`: the cell did not finish within 5.00 s", runs.HangOutput);
        var error = Assert.Single((JsonArray)NotebookReader.Read(result.ExecutedPath!).Cells[0].Json["outputs"]!)!;
        Assert.Equal("CellTimeout", (string?)error["ename"]);
    }

    [Fact]
    public void No_kernel_process_outlives_its_run()
    {
        foreach (var report in new[] { runs.Mixed, runs.Hang })
        {
            Assert.Empty(KernelProcesses.AliveFor(report.RunId));
            Assert.All(report.Notebooks, n => Assert.NotNull(n.KernelProcessId));
        }
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}\nactual   {actual?.ToJsonString()}");

    [Fact]
    public void A_site_export_that_fails_exits_4_after_the_notebooks_were_written()
    {
        Assert.Equal(ExitCodes.SiteExportFailed, runs.BrokenSite.ExitCode);
        Assert.Contains($"exporting the site to {Path.Combine(runs.BrokenSiteDirectory, "site")} failed", runs.BrokenSiteOutput);
        Assert.True(File.Exists(Path.Combine(runs.BrokenSiteDirectory, "notebooks", "a-ok.ipynb")), runs.BrokenSiteOutput);
        Assert.Empty(KernelProcesses.AliveFor(runs.BrokenSite.RunId));
    }
}
