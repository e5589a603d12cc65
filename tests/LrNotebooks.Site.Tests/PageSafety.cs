using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LrNotebooks.Site.Tests;

/// <summary>
/// What must never be on a site page, checked on the parsed page (so entity and case encodings are decoded as
/// a browser decodes them): a script that is not one of the site's own files (JSON data blocks excepted), an
/// event handler attribute, a <c>javascript:</c>/<c>vbscript:</c>/non-image <c>data:</c> URL, a network
/// reference (<c>http:</c>, <c>https:</c>, <c>//host</c>) in any attribute or inline style (a link's
/// <c>href</c> excepted: it loads nothing), and elements that embed or redirect (iframe, object, embed, base,
/// meta refresh, form, svg or math outside the exporter's own formulas). Text content may say anything.
/// </summary>
internal static partial class PageSafety
{
    private static readonly HashSet<string> Forbidden = ["iframe", "frame", "object", "embed", "applet", "base", "form", "style", "svg", "template", "audio", "video", "source", "picture"];

    /// <summary>Every problem found in <paramref name="html"/>, each with the element it is on.</summary>
    /// <param name="html">A page or fragment.</param>
    /// <param name="ownScripts">The site's own files a page may load (scripts and the stylesheet).</param>
    public static IReadOnlyList<string> Problems(string html, IReadOnlyCollection<string> ownScripts)
    {
        var document = new HtmlParser().ParseDocument(html);
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script")
            {
                var src = element.GetAttribute("src");
                var type = element.GetAttribute("type");
                if (src is null ? type != "application/json" : !ownScripts.Contains(src))
                    problems.Add($"a script not of the site: {Short(element.OuterHtml)}");
            }

            if (name == "link" && !ownScripts.Contains(element.GetAttribute("href") ?? ""))
                problems.Add($"a link to a file not of the site: {Short(element.OuterHtml)}");
            if (Forbidden.Contains(name))
                problems.Add($"<{name}> element");
            if (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && !equiv.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                problems.Add($"<meta http-equiv=\"{equiv}\">");
            // MathML is the exporter's own (from TeX), and carries no links or handlers: checked by the attribute rules.
            foreach (var attribute in element.Attributes)
            {
                var value = attribute.Value;
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"event handler {attribute.Name} on <{name}>");
                if (ScriptUrl().IsMatch(value))
                    problems.Add($"script URL in {attribute.Name} on <{name}>: {Short(value)}");
                if (value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !(name == "img" && attribute.Name == "src" && ImageData().IsMatch(value.Trim())))
                    problems.Add($"data URL in {attribute.Name} on <{name}>");
                var link = name == "a" && attribute.Name == "href";
                if (!link && attribute.Name != "content" && NetworkUrl().IsMatch(value))
                    problems.Add($"network reference in {attribute.Name} on <{name}>: {Short(value)}");
                if (attribute.Name == "style" && (CssUrl().IsMatch(value) || value.Contains("expression", StringComparison.OrdinalIgnoreCase)))
                    problems.Add($"url() or expression() in a style on <{name}>: {Short(value)}");
            }
        }

        return problems;
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "...";

    [GeneratedRegex(@"^[\s\u0000-\u001F]*(javascript|vbscript|livescript)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptUrl();

    [GeneratedRegex(@"^\s*(https?:|//|\\\\|/\\)|url\s*\(\s*['""]?\s*(https?:|//)", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkUrl();

    [GeneratedRegex(@"url\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp|svg\+xml)[;,]", RegexOptions.IgnoreCase)]
    private static partial Regex ImageData();
}
