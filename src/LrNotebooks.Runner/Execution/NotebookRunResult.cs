namespace LrNotebooks.Runner.Execution;

/// <summary>Execution of one notebook in its own kernel.</summary>
/// <param name="Name">File name, e.g. <c>02-too-high.ipynb</c>.</param>
/// <param name="SourcePath">The notebook that was run.</param>
/// <param name="ExecutedPath">The executed copy with outputs, null when none was written.</param>
/// <param name="Cells">One result per code cell, in order.</param>
/// <param name="KernelStartTime">From launching the kernel to it having run an empty submission.</param>
/// <param name="Elapsed">Whole notebook, kernel start included.</param>
/// <param name="KernelProcessId">Process id of the started kernel command, null when none started.</param>
/// <param name="UnmetExpectations">Declared expectations the outputs do not meet.</param>
public sealed record NotebookRunResult(
    string Name,
    string SourcePath,
    string? ExecutedPath,
    IReadOnlyList<CellResult> Cells,
    TimeSpan KernelStartTime,
    TimeSpan Elapsed,
    int? KernelProcessId,
    IReadOnlyList<string> UnmetExpectations)
{
    /// <summary>The first cell that failed, timed out, lost its kernel or was interrupted; null when none did.</summary>
    public CellResult? FirstFailure => Cells.FirstOrDefault(c => c.IsFailure);

    /// <summary>True when every cell ran without error and every declared expectation holds.</summary>
    public bool Succeeded => FirstFailure is null && UnmetExpectations.Count == 0 && Cells.All(c => c.Outcome != CellOutcome.NotRun);
}
