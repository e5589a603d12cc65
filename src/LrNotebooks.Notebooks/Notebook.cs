using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>
/// A notebook as read from an .ipynb (nbformat 4) file. The JSON document is kept whole so that an
/// executed copy preserves everything the runner does not own (Polyglot metadata, cell ids, …).
/// </summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Document">The whole document.</param>
/// <param name="Cells">The cells in order.</param>
/// <param name="DefaultKernelName">Polyglot <c>kernelInfo.defaultKernelName</c>, else <c>csharp</c>.</param>
/// <param name="Expectations">Declared outputs (<c>metadata.lrnotebooks.expect</c>), null when not declared.</param>
public sealed record Notebook(
    string Path,
    JsonObject Document,
    IReadOnlyList<NotebookCell> Cells,
    string DefaultKernelName,
    NotebookExpectations? Expectations)
{
    /// <summary>The file name, e.g. <c>02-too-high.ipynb</c>.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The file name without extension, e.g. <c>02-too-high</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The code cells in order.</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);
}
