namespace LrNotebooks.Notebooks;

/// <summary>An <c>error</c> output: the exception that stopped the cell.</summary>
/// <param name="Name">Exception name (<c>ename</c>).</param>
/// <param name="Value">Exception message (<c>evalue</c>).</param>
/// <param name="Traceback">Traceback lines (may contain ANSI colour codes).</param>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
