namespace LrNotebooks.Site;

/// <summary>What an export produced and what it could not do perfectly.</summary>
/// <param name="Pages">The notebook pages, in course order.</param>
/// <param name="Warnings">Problems worth a look: unknown TeX commands, malformed formulas, removed network references, missing images.</param>
/// <param name="UnknownTexCommands">Every TeX command or environment the MathML converter did not recognise (rendered as an error box).</param>
public sealed record SiteExportReport(IReadOnlyList<SitePageReport> Pages, IReadOnlyList<string> Warnings, IReadOnlyList<string> UnknownTexCommands)
{
    /// <summary>Charts across all pages.</summary>
    public int ChartCount => Pages.Sum(p => p.ChartCount);
}
