namespace LrNotebooks.Runner.Cli;

/// <summary>
/// What one run of the runner does; built from the command line by <see cref="CommandLine.Parse"/>.
/// </summary>
/// <param name="Notebooks">Notebook names, globs (<c>*</c>, <c>?</c>) or <c>.ipynb</c> paths; empty = every notebooks/*.ipynb.</param>
/// <param name="OutputDirectory">Where artifacts go (<c>notebooks/</c> and <c>site/</c> below it); null = <c>&lt;root&gt;/artifacts</c>.</param>
/// <param name="CellTimeout">Longest a single cell may run before the kernel is stopped.</param>
/// <param name="Build">Build LrNotebooks.Course (Release) before running.</param>
/// <param name="Restore">Run <c>dotnet tool restore</c> before starting kernels.</param>
/// <param name="Site">Export the HTML site after running.</param>
/// <param name="RepositoryRoot">Repository root; null = found by walking up from the current directory to LrNotebooks.sln.</param>
/// <param name="KernelCommand">Command line that starts the kernel; null = <see cref="DefaultKernelCommand"/>.</param>
/// <param name="Solutions">The solutions run: kernels get <c>LRNOTEBOOKS_SOLUTIONS=1</c>, so every unanswered exercise is checked with its solution (default output <c>&lt;root&gt;/artifacts/solutions</c>).</param>
public sealed record RunnerOptions(
    IReadOnlyList<string> Notebooks,
    string? OutputDirectory,
    TimeSpan CellTimeout,
    bool Build = true,
    bool Restore = true,
    bool Site = true,
    string? RepositoryRoot = null,
    string? KernelCommand = null,
    bool Solutions = false)
{
    /// <summary>The per-cell timeout used when <c>--timeout</c> is not given.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromSeconds(120);

    /// <summary>The pinned local tool, run the way the VS Code Polyglot extension runs it.</summary>
    public const string DefaultKernelCommand = "dotnet tool run dotnet-interactive -- stdio";

    /// <summary>Options of the README's main command: every notebook, default output, default timeout.</summary>
    public static RunnerOptions Default { get; } = new([], null, DefaultCellTimeout);
}
