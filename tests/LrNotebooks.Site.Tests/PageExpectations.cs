using LrNotebooks.Notebooks;
using LrNotebooks.Site.Markdown;

namespace LrNotebooks.Site.Tests;

/// <summary>What a page must show, counted from its executed notebook independently of the exporter's output.</summary>
/// <param name="ChartOutputs">Figures among the cell outputs (one per <c>application/vnd.plotly.v1+json</c> output).</param>
/// <param name="Formulas">Formulas in the markdown cells.</param>
public sealed record PageExpectations(int ChartOutputs, int Formulas)
{
    /// <summary>Counts charts and formulas in an executed notebook.</summary>
    public static PageExpectations For(string notebookPath)
    {
        var notebook = NotebookReader.Read(notebookPath);
        var charts = notebook.Cells.Where(c => !c.IsMarkdown).SelectMany(c => c.Outputs).Count(Figure.IsFigure);
        var formulas = notebook.Cells.Where(c => c.IsMarkdown).Sum(c => MathSpanScanner.Protect(c.Source).Spans.Count);
        return new PageExpectations(charts, formulas);
    }
}
