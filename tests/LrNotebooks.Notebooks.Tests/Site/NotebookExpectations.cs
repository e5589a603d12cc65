using System.Text.RegularExpressions;
using LrNotebooks.Runner.Site;
using LrNotebooks.Runner.Site.Notebooks;

namespace LrNotebooks.Notebooks.Tests.Site;

/// <summary>What a page must show, counted from its executed notebook independently of the exporter's output.</summary>
/// <param name="ChartOutputs">Plotly charts among the cell outputs (each <c>Plotly.newPlot</c> call in an HTML output).</param>
/// <param name="Formulas">Formulas in the markdown cells.</param>
public sealed record NotebookExpectations(int ChartOutputs, int Formulas)
{
    /// <summary>Counts charts and formulas in an executed notebook.</summary>
    public static NotebookExpectations For(string notebookPath)
    {
        var notebook = NotebookReader.Read(notebookPath);
        var charts = notebook.Cells.OfType<CodeCell>()
            .SelectMany(c => c.Outputs.OfType<RichOutput>())
            .Sum(o => o.Data.TryGetValue("text/html", out var html) ? Regex.Count(html, @"Plotly\.newPlot\(") : 0);
        var formulas = notebook.Cells.OfType<MarkdownCell>().Sum(c => MathSpanScanner.Protect(c.Source).Spans.Count);
        return new NotebookExpectations(charts, formulas);
    }
}
