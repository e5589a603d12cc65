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

    /// <summary>
    /// The solutions run (<c>--solutions</c>) of every notebook in one runner call, into <c>solutions/</c> of the artifacts
    /// folder. Started by the first test that asks for it, after the main run, whose library build and tool restore it
    /// reuses; tests that do not ask never pay for it.
    /// </summary>
    public Task<RunReport> SolutionsRun => _solutionsRun.Value;

    /// <summary>Everything the solutions run printed.</summary>
    public string SolutionsOutput { get; private set; } = "";

    /// <summary>Path of the solutions run's executed copy of notebook <paramref name="name"/>.</summary>
    public string SolvedNotebook(string name) => Path.Combine(ArtifactsDirectory, "solutions", "notebooks", name);

    private readonly Lazy<Task<RunReport>> _solutionsRun;

    /// <summary>Creates the fixture; nothing runs before <see cref="InitializeAsync"/>.</summary>
    public NotebookRunFixture() => _solutionsRun = new(RunSolutionsAsync);

    private async Task<RunReport> RunSolutionsAsync()
    {
        var options = RunnerOptions.Default with
        {
            OutputDirectory = Path.Combine(ArtifactsDirectory, "solutions"),
            RepositoryRoot = RepositoryPaths.Root,
            Build = false,
            Restore = false,
            Site = false,
            Solutions = true,
        };
        using var output = new StringWriter();
        var report = await RunnerApp.RunAsync(options, output, CancellationToken.None);
        SolutionsOutput = output.ToString();
        return report;
    }

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
