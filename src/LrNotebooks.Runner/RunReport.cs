using LrNotebooks.Runner.Execution;

namespace LrNotebooks.Runner;

/// <summary>What a run did: its exit code and one result per notebook it executed.</summary>
/// <param name="ExitCode">One of <see cref="ExitCodes"/>.</param>
/// <param name="RunId">Exported as LRNOTEBOOKS_RUN_ID to every kernel process tree the run started.</param>
/// <param name="OutputDirectory">The artifacts directory (absolute), null when the run stopped before choosing it.</param>
/// <param name="Notebooks">Results of the notebooks executed, in order.</param>
/// <param name="Elapsed">Whole run.</param>
public sealed record RunReport(int ExitCode, string RunId, string? OutputDirectory, IReadOnlyList<NotebookRunResult> Notebooks, TimeSpan Elapsed)
{
    /// <summary>The site directory (<c>&lt;output&gt;/site</c>), null when there is no output directory.</summary>
    public string? SiteDirectory => OutputDirectory is null ? null : Path.Combine(OutputDirectory, "site");
}
