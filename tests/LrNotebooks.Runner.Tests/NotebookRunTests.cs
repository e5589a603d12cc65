using System.Text.Json.Nodes;
using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner.Execution;
using LrNotebooks.Notebooks;

namespace LrNotebooks.Runner.Tests;

/// <summary>Every committed notebook, executed by the real kernel, runs clean and produces what it declares.</summary>
[Collection("Notebook run")]
[Trait("Category", "Kernel")]
public sealed class NotebookRunTests(NotebookRunFixture run)
{
    public static TheoryData<string> Notebooks => RepositoryPaths.CommittedNotebookNames;

    [SkippableFact]
    public void The_run_exits_zero_and_leaves_no_kernel_running()
    {
        Skip.IfNot(run.HasNotebooks, "notebooks/ holds no notebook yet");
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}; runner output:\n{run.Output}");
        Assert.Equal(RepositoryPaths.CommittedNotebooks.Count, run.Results.Count);
        Assert.Empty(KernelProcesses.AliveFor(run.Report!.RunId));
        Assert.True(File.Exists(Path.Combine(run.ArtifactsDirectory, "site", "index.html")), "the site's index.html was not written");
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_every_cell_without_an_error(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        if (!run.Results.TryGetValue(name, out var result)) Assert.Fail($"{name} was not run; runner output:\n{run.Output}");
        var failed = result.Cells.Where(c => c.Outcome is not (CellOutcome.Succeeded or CellOutcome.Empty)).ToList();
        Assert.True(failed.Count == 0, $"{name}: " + string.Join("; ", failed.Select(c => $"cell {c.Number} `{c.FirstLine}` {c.Outcome}: {c.Error}")));
        Assert.Empty(OutputCensus.Of(run.ExecutedNotebook(name)).Errors);
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_produces_its_declared_outputs(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        var expectations = NotebookReader.Read(Path.Combine(RepositoryPaths.NotebooksDirectory, name)).Expectations;
        if (expectations is null) Assert.Fail($"{name} declares no metadata.lrnotebooks.expect");
        Assert.Empty(expectations.Unmet(OutputCensus.Of(run.ExecutedNotebook(name))));
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void Executed_notebook_is_nbformat_4_5_with_the_source_unchanged(string name)
    {
        Skip.If(name == RepositoryPaths.NoNotebooks, "notebooks/ holds no notebook yet");
        var source = NotebookReader.Read(Path.Combine(RepositoryPaths.NotebooksDirectory, name));
        var executed = NotebookReader.Read(run.ExecutedNotebook(name));
        Assert.Equal(5, (int)executed.Document["nbformat_minor"]!);
        Assert.True(JsonNode.DeepEquals(source.Document["metadata"], executed.Document["metadata"]), "notebook metadata changed");
        Assert.Equal(source.Cells.Select(c => (c.CellType, c.Source)), executed.Cells.Select(c => (c.CellType, c.Source)));
        var ids = executed.Cells.Select(c => (string?)c.Json["id"]).ToList();
        Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9_-]{1,64}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var counts = executed.CodeCells.Select(c => (int?)c.Json["execution_count"]).Where(n => n is not null).ToList();
        Assert.Equal(Enumerable.Range(1, counts.Count).Select(n => (int?)n), counts);
    }
}
