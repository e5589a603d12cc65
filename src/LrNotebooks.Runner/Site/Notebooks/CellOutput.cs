namespace LrNotebooks.Runner.Site.Notebooks;

/// <summary>One output of a code cell (nbformat output types).</summary>
internal abstract record CellOutput;
