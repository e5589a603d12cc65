using static LrNotebooks.Site.Math.MathElement;

namespace LrNotebooks.Site.Math;

/// <summary>
/// Converts TeX math to MathML Core at export time, so formulas render in any current browser with no
/// script and no network. The TeX source is the formula's <c>alttext</c> (what a screen reader that does not
/// read MathML announces) and is kept as an <c>application/x-tex</c> annotation (copyable).
/// </summary>
internal static class LatexToMathML
{
    /// <summary>Converts one formula.</summary>
    /// <param name="tex">The formula without its delimiters (no <c>$</c>, <c>\(</c>, ...).</param>
    /// <param name="display">True for display math (<c>$$...$$</c>, <c>\[...\]</c>): a centred block in display style.</param>
    public static MathMLConversion Convert(string tex, bool display)
    {
        ArgumentNullException.ThrowIfNull(tex);
        IReadOnlyList<MathElement> body;
        IReadOnlyList<string> unknown;
        string? error = null;
        try
        {
            var parser = new TexParser(tex);
            body = parser.ParseFormula();
            unknown = [.. parser.UnknownCommands];
        }
        catch (TexSyntaxException exception)
        {
            body = [Node("merror", Mtext(tex))];
            unknown = [];
            error = exception.Message;
        }

        // semantics takes exactly one presentation child: the formula's top-level row.
        var math = Node("math", Node("semantics", Node("mrow", body), Token("annotation", tex).Set("encoding", "application/x-tex")));
        if (display)
        {
            math.Set("display", "block");
        }

        math.Set("alttext", tex.Trim());

        return new MathMLConversion(math.ToString(), unknown, error, error is null ? PlainText(Node("mrow", body)) : null);
    }

    // Only rows of tokens read the same as text; scripts, fractions and tables do not.
    private static string? PlainText(MathElement element)
    {
        if (element.IsToken)
        {
            return element.Tag == "annotation" ? "" : element.Text!.Replace("\u2061", "");
        }

        if (element.Tag == "mspace")
        {
            return " ";
        }

        if (element.Tag is not ("mrow" or "mstyle"))
        {
            return null;
        }

        var parts = element.Children.Select(PlainText).ToList();
        return parts.Any(p => p is null) ? null : string.Concat(parts);
    }
}
