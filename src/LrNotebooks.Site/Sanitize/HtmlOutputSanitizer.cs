using System.Text.RegularExpressions;

namespace LrNotebooks.Site.Sanitize;

/// <summary>
/// Makes an HTML output safe to embed in an offline page: drops the stylesheet dotnet-interactive repeats in
/// every output (the site stylesheet styles those classes once) and removes anything that would reach the
/// network (external scripts and stylesheets, require.js loaders), reporting each removal.
/// </summary>
internal static partial class HtmlOutputSanitizer
{
    /// <summary>Returns the sanitized HTML.</summary>
    public static string Sanitize(string html, ExportDiagnostics diagnostics)
    {
        var result = StyleBlock().Replace(html, m => m.Value.Contains(".dni-code-hint", StringComparison.Ordinal) ? "" : m.Value);
        result = ScriptBlock().Replace(result, m =>
        {
            var tag = m.Groups["open"].Value;
            var body = m.Groups["body"].Value;
            if (ExternalAttribute().IsMatch(tag))
            {
                diagnostics.Warn("removed a script loaded from the network: " + tag);
                return "";
            }

            if (tag.Contains("application/json", StringComparison.Ordinal))
            {
                return m.Value;
            }

            if (body.Contains("requirejs", StringComparison.Ordinal) || ExternalUrl().IsMatch(body))
            {
                diagnostics.Warn("removed a script that loads code from the network");
                return "";
            }

            return m.Value;
        });
        result = LinkTag().Replace(result, m =>
        {
            if (!ExternalAttribute().IsMatch(m.Value))
            {
                return m.Value;
            }

            diagnostics.Warn("removed a stylesheet loaded from the network: " + m.Value);
            return "";
        });
        return result;
    }

    [GeneratedRegex(@"<style\b[^>]*>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleBlock();

    [GeneratedRegex(@"(?<open><script\b[^>]*>)(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBlock();

    [GeneratedRegex(@"<link\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTag();

    [GeneratedRegex(@"\b(src|href)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAttribute();

    [GeneratedRegex(@"[""'](https?:)?//[^""']+\.(js|css)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
