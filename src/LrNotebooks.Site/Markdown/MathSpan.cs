namespace LrNotebooks.Site.Markdown;

/// <summary>A formula cut out of markdown before Markdig sees it.</summary>
/// <param name="Placeholder">The text that stands in for the formula in the protected markdown.</param>
/// <param name="Tex">The TeX between the delimiters.</param>
/// <param name="Display">True for <c>$$...$$</c> and <c>\[...\]</c>.</param>
internal sealed record MathSpan(string Placeholder, string Tex, bool Display);
