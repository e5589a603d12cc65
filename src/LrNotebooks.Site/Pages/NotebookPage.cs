namespace LrNotebooks.Site.Pages;

/// <summary>A notebook rendered to the body of its page, before navigation is added.</summary>
/// <param name="Name">Notebook name.</param>
/// <param name="Title">Plain-text title (first heading).</param>
/// <param name="TitleHtml">Title as inline HTML (may contain MathML).</param>
/// <param name="ObjectivesHtml">Learning objectives list, or null.</param>
/// <param name="BodyHtml">The rendered cells.</param>
/// <param name="ChartCount">Charts in the body.</param>
/// <param name="FormulaCount">Formulas in the body.</param>
/// <param name="ImagePaths">Relative image paths referenced by the markdown.</param>
internal sealed record NotebookPage(
    string Name,
    string Title,
    string TitleHtml,
    string? ObjectivesHtml,
    string BodyHtml,
    int ChartCount,
    int FormulaCount,
    IReadOnlyList<string> ImagePaths)
{
    /// <summary>The page's file name.</summary>
    public string FileName => Name + ".html";
}
