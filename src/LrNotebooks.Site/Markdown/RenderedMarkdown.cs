namespace LrNotebooks.Site.Markdown;

/// <summary>One markdown cell rendered to HTML, with what the site needs to know about it.</summary>
/// <param name="Html">The HTML, formulas as MathML.</param>
/// <param name="HeadingText">Plain text of the first heading (formulas as TeX), or null.</param>
/// <param name="HeadingHtml">Inline HTML of the first heading, or null.</param>
/// <param name="ObjectivesHtml">The list under a "Learning objectives" heading or lead-in, or null.</param>
/// <param name="FormulaCount">How many formulas were converted.</param>
/// <param name="UnknownCommands">TeX commands that the converter did not recognise.</param>
/// <param name="MathErrors">Formulas that could not be parsed, with the reason.</param>
/// <param name="ImagePaths">Relative image paths the markdown references (to copy next to the page).</param>
internal sealed record RenderedMarkdown(
    string Html,
    string? HeadingText,
    string? HeadingHtml,
    string? ObjectivesHtml,
    int FormulaCount,
    IReadOnlyList<string> UnknownCommands,
    IReadOnlyList<string> MathErrors,
    IReadOnlyList<string> ImagePaths);
