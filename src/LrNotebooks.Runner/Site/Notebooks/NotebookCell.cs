namespace LrNotebooks.Runner.Site.Notebooks;

/// <summary>One notebook cell.</summary>
/// <param name="Source">The cell's source text (nbformat's list of lines joined).</param>
internal abstract record NotebookCell(string Source);
