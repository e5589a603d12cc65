namespace LrNotebooks.Notebooks;

/// <summary>A <c>stream</c> output: text the cell wrote to standard output or standard error.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text written.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput;
