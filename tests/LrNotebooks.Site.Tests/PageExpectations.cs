using System.Text.RegularExpressions;
using LrNotebooks.Notebooks;
using LrNotebooks.Site.Markdown;

namespace LrNotebooks.Site.Tests;

/// <summary>What a page must show, counted from its executed notebook independently of the exporter's output.</summary>
/// <param name="ChartOutputs">Plotly charts among the cell outputs: one per Plotly JSON figure, else each <c>Plotly.newPlot</c> call in an HTML output.</param>
/// <param name="Formulas">Formulas in the markdown cells.</param>
public sealed record PageExpectations(int ChartOutputs, int Formulas)
{
    /// <summary>Counts charts and formulas in an executed notebook.</summary>
    public static PageExpectations For(string notebookPath)
    {
        var notebook = NotebookReader.Read(notebookPath);
        var charts = notebook.Cells.Where(c => !c.IsMarkdown).SelectMany(c => c.Outputs).Select(Figure.Of).Sum(f => f switch
        {
            { Kind: FigureKind.PlotlyJson } => 1,
            { Kind: FigureKind.PlotlyHtml } => Regex.Count(f.Content, @"Plotly\.newPlot\("),
            _ => 0,
        });
        var formulas = notebook.Cells.Where(c => c.IsMarkdown).Sum(c => MathSpanScanner.Protect(c.Source).Spans.Count);
        return new PageExpectations(charts, formulas);
    }
}
