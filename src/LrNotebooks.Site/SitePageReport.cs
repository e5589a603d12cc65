namespace LrNotebooks.Site;

/// <summary>One exported notebook page.</summary>
/// <param name="Name">Notebook name (file name without extension).</param>
/// <param name="FileName">Page file name in the site directory (<c>Name.html</c>).</param>
/// <param name="Title">The notebook's first heading (or its name when it has none).</param>
/// <param name="ChartCount">Plotly charts on the page.</param>
/// <param name="FormulaCount">TeX formulas converted to MathML on the page.</param>
public sealed record SitePageReport(string Name, string FileName, string Title, int ChartCount, int FormulaCount);
