using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using LrNotebooks.Site.Math;

namespace LrNotebooks.Site.Markdown;

/// <summary>
/// Renders notebook markdown with Markdig (advanced extensions: pipe tables, footnotes, task lists, auto
/// identifiers, ...) and converts its formulas to MathML. Formulas are protected by
/// <see cref="MathSpanScanner"/> first, so Markdig's own math extension is switched off.
/// </summary>
internal static partial class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>Renders one markdown cell.</summary>
    /// <param name="markdown">The cell source.</param>
    /// <param name="attachments">The cell's attachments, for <c>attachment:name</c> image links.</param>
    /// <param name="diagnostics">Where the sanitizer reports what it removed from the rendered HTML.</param>
    public static RenderedMarkdown Render(string markdown, IReadOnlyDictionary<string, (string MimeType, string Base64)>? attachments = null, ExportDiagnostics? diagnostics = null)
    {
        var protectedMarkdown = MathSpanScanner.Protect(markdown);
        var document = Markdig.Markdown.Parse(protectedMarkdown.Text, Pipeline);
        var images = RewriteLinks(document, attachments ?? new Dictionary<string, (string, string)>());
        var spans = protectedMarkdown.Spans;
        var formulas = spans.Select(s => LatexToMathML.Convert(s.Tex, s.Display)).ToList();
        var mathErrors = formulas.Select((f, i) => f.Error is null ? null : $"{f.Error} in \"{spans[i].Tex}\"").OfType<string>().ToList();
        var unknown = formulas.SelectMany(f => f.UnknownCommands).Distinct().Order(StringComparer.Ordinal).ToList();
        mathErrors.AddRange(UnconvertedTex(document));

        string Restore(string html) => PlaceholderPattern().Replace(html, match =>
        {
            if (match.Groups["tag"].Success)
            {
                // Inside a tag (an alt or title attribute) a formula stays TeX text.
                return PlaceholderOnly().Replace(match.Value, m => HtmlText.Encode(spans[int.Parse(m.Groups[1].Value)].Tex));
            }

            if (match.Groups["block"].Success)
            {
                var block = int.Parse(match.Groups["block"].Value);
                return spans[block].Display ? formulas[block].Markup : $"<p>{formulas[block].Markup}</p>";
            }

            var markup = formulas[int.Parse(match.Groups["inline"].Value)].Markup;
            var punctuation = match.Groups["punctuation"].Value;

            // Keep trailing punctuation on the formula's line: "$x$," never wraps before the comma.
            return punctuation.Length == 0 ? markup : $"<span class=\"math-nowrap\">{markup}{punctuation}</span>";
        });

        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        string FormulaText(int index) => formulas[index].PlainText ?? spans[index].Tex;
        var headingText = heading is null ? null : PlainText(heading.Inline, FormulaText).Trim();
        // Raw HTML and link targets in markdown are sanitized like outputs, before the converter's MathML is put
        // back; the heading and objectives are parts of the cell, already reported once.
        string Clean(string html, ExportDiagnostics? report) => HtmlOutputSanitizer.Sanitize(html, report ?? new ExportDiagnostics());
        var headingHtml = heading is null ? null : Restore(Clean(RenderInline(heading), null)).Trim();
        var objectives = FindObjectives(document, FormulaText);
        return new RenderedMarkdown(
            Restore(Clean(RenderHtml(document), diagnostics)),
            headingText,
            headingHtml,
            objectives is null ? null : Restore(Clean(RenderHtml(objectives), null)).Trim(),
            spans.Count,
            unknown,
            mathErrors,
            images);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.RemoveAll(e => e is MathExtension);
        return builder.Build();
    }

    private static List<string> RewriteLinks(MarkdownDocument document, IReadOnlyDictionary<string, (string MimeType, string Base64)> attachments)
    {
        var images = new List<string>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.StartsWith("attachment:", StringComparison.Ordinal) && attachments.TryGetValue(url["attachment:".Length..], out var file))
            {
                link.Url = $"data:{file.MimeType};base64,{file.Base64.Replace("\n", "")}";
            }
            else if (link.IsImage && IsRelativePath(url))
            {
                images.Add(Uri.UnescapeDataString(url));
            }
        }

        return images;
    }

    private static bool IsRelativePath(string url) =>
        url.Length > 0 && !url.Contains(':') && !url.StartsWith('/') && !url.StartsWith('#') && !url.Split('/').Contains("..");

    // A heading or a short lead-in paragraph such as "Learning objectives", followed by a list.
    private static ListBlock? FindObjectives(MarkdownDocument document, Func<int, string> formulaText)
    {
        for (var i = 0; i < document.Count; i++)
        {
            var text = document[i] switch
            {
                HeadingBlock h => PlainText(h.Inline, formulaText),
                ParagraphBlock p when p.Inline is not null => PlainText(p.Inline, formulaText),
                _ => null,
            };
            if (text is null || text.Length > 80 || !ObjectivesLeadIn().IsMatch(text.Trim()))
            {
                continue;
            }

            for (var j = i + 1; j < document.Count && j <= i + 2; j++)
            {
                if (document[j] is ListBlock list)
                {
                    return list;
                }

                if (document[j] is HeadingBlock)
                {
                    break;
                }
            }
        }

        return null;
    }

    // TeX left in the text, e.g. "$x $" (a space before the closing dollar is not a formula, as in pandoc and VS Code).
    private static IEnumerable<string> UnconvertedTex(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            var builder = new StringBuilder();
            AppendPlainText(builder, block.Inline, includeCode: false);
            foreach (Match match in LeftoverTex().Matches(builder.ToString()))
            {
                yield return $"TeX outside math delimiters (check the $ signs): \"{match.Value}\"";
            }
        }
    }

    private static string PlainText(ContainerInline? inline, Func<int, string> formulaText)
    {
        var builder = new StringBuilder();
        AppendPlainText(builder, inline, includeCode: true);
        return PlaceholderOnly().Replace(builder.ToString(), m => formulaText(int.Parse(m.Groups[1].Value)));
    }

    private static void AppendPlainText(StringBuilder builder, Inline? inline, bool includeCode)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(includeCode ? code.Content : " ");
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendPlainText(builder, child, includeCode);
                }

                break;
        }
    }

    private static string RenderHtml(MarkdownObject markdownObject) => Render(renderer => renderer.Render(markdownObject));

    private static string RenderInline(LeafBlock block) => Render(renderer => renderer.WriteLeafInline(block));

    private static string Render(Action<HtmlRenderer> render)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        render(renderer);
        writer.Flush();
        return writer.ToString();
    }

    [GeneratedRegex("<p>\uE000(?<block>\\d+)\uE001</p>|(?<tag><[^>]*\uE000[^>]*>)|\uE000(?<inline>\\d+)\uE001(?<punctuation>[.,;:!?)\\]]*)")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\$[^$\n]*\\[A-Za-z]+[^$\n]*\$?|\\(frac|sum|sqrt|mathbb|mathcal|left|right|begin)\b")]
    private static partial Regex LeftoverTex();

    [GeneratedRegex("\uE000(\\d+)\uE001")]
    private static partial Regex PlaceholderOnly();

    [GeneratedRegex(@"^((learning )?(objectives|goals|outcomes)|(what )?you('|’)ll learn|(what )?you will learn|in this notebook you will( learn)?|by the end of this notebook)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectivesLeadIn();
}
