using LrNotebooks.Runner.Tests.Support;
using LrNotebooks.Runner;
using LrNotebooks.Runner.Cli;
using LrNotebooks.Runner.Execution;

namespace LrNotebooks.Runner.Tests;

/// <summary>
/// Runs the runner once, as the README's main command does (library build, tool restore, every
/// notebooks/*.ipynb in its own real kernel, site export), into a temp artifacts folder shared by the
/// tests of the "Notebook run" collection.
/// </summary>
public sealed class NotebookRunFixture : IAsyncLifetime
{
    /// <summary>The artifacts folder: executed notebooks in notebooks/, the site in site/.</summary>
    public string ArtifactsDirectory { get; } = Path.Combine(Path.GetTempPath(), "lrnotebooks-run", Guid.NewGuid().ToString("N"));

    /// <summary>False while notebooks/ holds no notebook; the run is then skipped and so are the tests.</summary>
    public bool HasNotebooks { get; } = RepositoryPaths.CommittedNotebooks.Count > 0;

    /// <summary>The runner's exit code (see ExitCodes).</summary>
    public int ExitCode => Report?.ExitCode ?? -1;

    /// <summary>Everything the runner printed.</summary>
    public string Output { get; private set; } = "";

    /// <summary>The run's report; null when there was nothing to run.</summary>
    public RunReport? Report { get; private set; }

    /// <summary>Per-notebook results by file name.</summary>
    public IReadOnlyDictionary<string, NotebookRunResult> Results { get; private set; } = new Dictionary<string, NotebookRunResult>();

    /// <summary>Path of the executed copy of notebook <paramref name="name"/>.</summary>
    public string ExecutedNotebook(string name) => Path.Combine(ArtifactsDirectory, "notebooks", name);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!HasNotebooks) return;
        var options = RunnerOptions.Default with { OutputDirectory = ArtifactsDirectory, RepositoryRoot = RepositoryPaths.Root };
        using var output = new StringWriter();
        Report = await RunnerApp.RunAsync(options, output, CancellationToken.None);
        Output = output.ToString();
        Results = Report.Notebooks.ToDictionary(n => n.Name);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (Directory.Exists(ArtifactsDirectory)) Directory.Delete(ArtifactsDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>Tests that share one real run of every notebook.</summary>
[CollectionDefinition("Notebook run")]
public sealed class NotebookRunCollection : ICollectionFixture<NotebookRunFixture>;
