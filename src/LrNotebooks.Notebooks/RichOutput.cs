namespace LrNotebooks.Notebooks;

/// <summary>A <c>display_data</c> or <c>execute_result</c> output: one value in several mime representations.</summary>
/// <param name="Data">Representation by mime type (<c>text/html</c>, <c>text/plain</c>, <c>image/png</c> as base64, ...).</param>
public sealed record RichOutput(IReadOnlyDictionary<string, string> Data) : CellOutput;
