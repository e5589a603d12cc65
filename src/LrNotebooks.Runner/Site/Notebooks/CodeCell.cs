namespace LrNotebooks.Runner.Site.Notebooks;

/// <summary>A code cell with the outputs its execution produced.</summary>
/// <param name="Source">Code text.</param>
/// <param name="Language">Kernel name from the Polyglot metadata (<c>csharp</c>, <c>fsharp</c>, <c>pwsh</c>, ...).</param>
/// <param name="ExecutionCount">nbformat's execution count, or null when the cell was not run.</param>
/// <param name="Outputs">Outputs in the order they were produced.</param>
internal sealed record CodeCell(string Source, string Language, int? ExecutionCount, IReadOnlyList<CellOutput> Outputs)
    : NotebookCell(Source);
