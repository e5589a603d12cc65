using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace LrNotebooks.Site.Sanitize;

/// <summary>
/// Makes HTML from a notebook (an output's <c>text/html</c>, or the HTML a markdown cell renders to) safe to put
/// on a site page: an allow-list sanitizer (HtmlSanitizer) keeps text, structure, tables, links, images and
/// inline styles, and removes everything else: scripts, event handlers, frames, objects, forms, SVG and MathML
/// markup, <c>&lt;style&gt;</c>, <c>&lt;base&gt;</c>, <c>&lt;meta&gt;</c>, and every URL that is not allowed by
/// <see cref="UrlPolicy"/>. Each removal is reported, except the stylesheet dotnet-interactive repeats in every
/// output (the site stylesheet styles those classes once) and HTML comments.
/// </summary>
internal static partial class HtmlOutputSanitizer
{
    private static readonly string[] Tags =
    [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code",
        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
        "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    private static readonly string[] Attributes =
    [
        "abbr", "align", "alt", "checked", "class", "colspan", "datetime", "dir", "disabled", "headers", "height", "href",
        "id", "lang", "open", "reversed", "rowspan", "scope", "span", "src", "start", "style", "title", "type", "valign",
        "width",
    ];

    // Layout properties that would let an output cover the page are left out of HtmlSanitizer's defaults.
    private static readonly string[] PositionProperties = ["position", "top", "right", "bottom", "left", "z-index", "inset"];

    /// <summary>Returns the sanitized HTML; every removal is a warning on <paramref name="diagnostics"/>.</summary>
    public static string Sanitize(string html, ExportDiagnostics diagnostics)
    {
        var sanitizer = Create();
        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (!IsDotnetInteractiveStylesheet(e.Tag))
                removed.Add($"<{e.Tag.LocalName}>");
        };
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"{e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" on <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style {e.Style.Name}: {Shorten(e.Style.Value)} on <{e.Tag.LocalName}>");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"class {e.CssClass} on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => removed.Add($"CSS rule {Shorten(e.Rule.CssText)}");
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = UrlPolicy.Allows(e.Tag.LocalName, e.OriginalUrl) ? e.SanitizedUrl : null;
        var result = sanitizer.Sanitize(html);
        foreach (var group in removed.GroupBy(r => r, StringComparer.Ordinal))
        {
            var count = group.Count() > 1 ? $" ({group.Count()} times)" : "";
            diagnostics.Warn($"removed {group.Key}{count}: not allowed on the site");
        }

        return result;
    }

    private static HtmlSanitizer Create()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(HtmlSanitizerDefaults.AllowedCssProperties.Except(PositionProperties, StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedSchemes = new HashSet<string>(UrlPolicy.Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = false,
        };
        return new HtmlSanitizer(options) { DisallowCssPropertyValue = DisallowedCssValue() };
    }

    private static bool IsDotnetInteractiveStylesheet(IElement element) =>
        element.LocalName == "style" && element.TextContent.Contains(".dni-", StringComparison.Ordinal);

    private static string Shorten(string text)
    {
        var line = Regex.Replace(text, @"\s+", " ").Trim();
        return line.Length <= 60 ? line : line[..57] + "...";
    }

    // Angle brackets, any url() (images come from <img>, never from CSS), IE's expression() and escapes that hide them.
    [GeneratedRegex(@"[<>\\]|url\s*\(|expression\s*\(|javascript:|@import|behavior\s*:|-moz-binding", RegexOptions.IgnoreCase)]
    private static partial Regex DisallowedCssValue();
}
