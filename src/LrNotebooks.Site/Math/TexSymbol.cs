namespace LrNotebooks.Site.Math;

/// <summary>A table entry for a TeX command that maps to a fixed MathML construct.</summary>
/// <param name="Kind">How the command renders.</param>
/// <param name="Text">The character(s), width or style that the kind uses.</param>
internal sealed record TexSymbol(TexSymbolKind Kind, string Text);
