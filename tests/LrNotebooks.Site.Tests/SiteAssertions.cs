using System.Text;

namespace LrNotebooks.Site.Tests;

/// <summary>The checks every page of an exported site must pass in the browser.</summary>
public static class SiteAssertions
{
    /// <summary>
    /// Asserts: no request left the machine, no console or page errors, no failed local loads, every chart
    /// container drew with data traces and their number equals <paramref name="expectedCharts"/>, every formula
    /// rendered as MathML (at least <paramref name="expectedFormulas"/>), and no formula is an error box.
    /// </summary>
    public static void PageIsHealthy(PageInspection page, int expectedCharts, int expectedFormulas)
    {
        var problems = new StringBuilder();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                problems.AppendLine(message);
            }
        }

        Check(page.ExternalRequests.Count == 0, $"external requests attempted: {string.Join(", ", page.ExternalRequests)}");
        Check(page.ConsoleErrors.Count == 0, $"console errors: {string.Join(" | ", page.ConsoleErrors)}");
        Check(page.PageErrors.Count == 0, $"page errors: {string.Join(" | ", page.PageErrors)}");
        Check(page.FailedRequests.Count == 0, $"failed requests: {string.Join(", ", page.FailedRequests)}");
        Check(page.Charts.Count == expectedCharts, $"{page.Charts.Count} chart containers, the notebook has {expectedCharts} chart outputs");
        foreach (var chart in page.Charts.Where(c => !c.Drew))
        {
            Check(false, $"chart {chart.Id} did not draw: {chart}");
        }

        Check(page.MathCount >= expectedFormulas, $"{page.MathCount} math elements, the markdown has {expectedFormulas} formulas");
        Check(page.RenderedMathCount == page.MathCount, $"only {page.RenderedMathCount} of {page.MathCount} math elements have a layout box");
        Check(page.MathIsMathML, "math elements are not MathML elements (MathML not rendered)");
        Check(page.MathErrorCount == 0, $"{page.MathErrorCount} merror elements (unknown TeX commands or malformed formulas)");
        Assert.True(problems.Length == 0, $"{Path.GetFileName(page.File)}:\n{problems}");
    }
}
