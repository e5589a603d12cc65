namespace LrNotebooks.Site.Markdown;

/// <summary>Markdown whose formulas were replaced by placeholders (so emphasis rules cannot touch them).</summary>
/// <param name="Text">The markdown with placeholders.</param>
/// <param name="Spans">The formulas, in order of appearance.</param>
internal sealed record ProtectedMarkdown(string Text, IReadOnlyList<MathSpan> Spans);
