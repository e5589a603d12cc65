namespace LrNotebooks.Runner.Site.Notebooks;

/// <summary>An executed notebook as read from an nbformat 4 <c>.ipynb</c> file.</summary>
/// <param name="Name">File name without extension; the page is <c>Name.html</c>.</param>
/// <param name="Cells">Markdown and code cells in order (raw cells are dropped).</param>
internal sealed record NotebookDocument(string Name, IReadOnlyList<NotebookCell> Cells);
