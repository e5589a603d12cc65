using System.Text.RegularExpressions;

namespace LrNotebooks.Site.Sanitize;

/// <summary>
/// Which URLs a page may keep, so that the site never loads anything from the network and no URL runs code:
/// an image's <c>src</c> is a relative path next to the page or a <c>data:image/...</c> URI; a link's
/// <c>href</c> is a fragment, a relative path, or an <c>http</c>, <c>https</c> or <c>mailto</c> address (a link
/// is followed only when the reader clicks it, it loads nothing); every other URL-valued attribute is removed.
/// </summary>
internal static partial class UrlPolicy
{
    /// <summary>The schemes that can pass at all (each is further restricted per element by <see cref="Allows"/>).</summary>
    public static readonly string[] Schemes = ["http", "https", "mailto", "data"];

    /// <summary>True when the URL may stay on the element <paramref name="element"/> (lower-case name).</summary>
    public static bool Allows(string element, string url)
    {
        var value = url.Trim();
        if (value.Contains('\\') || ControlCharacter().IsMatch(value))
            return false; // browsers read "/\host" as "//host"; control characters hide schemes
        return element switch
        {
            "img" => IsRelativePath(value) || ImageData().IsMatch(value),
            "a" => value.StartsWith('#') || IsRelativePath(value) || WebLink().IsMatch(value),
            _ => false,
        };
    }

    // "page.html", "images/a.png", "#top"; not "//host/x" (the network), not "/x" (outside the site), no scheme.
    private static bool IsRelativePath(string url) =>
        url.Length > 0 && !url.StartsWith('/') && !SchemePrefix().IsMatch(url);

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp|svg\+xml)(;[a-z0-9=.\-]+)*(;base64)?,", RegexOptions.IgnoreCase)]
    private static partial Regex ImageData();

    [GeneratedRegex(@"^(https?://[^/\s]|mailto:)", RegexOptions.IgnoreCase)]
    private static partial Regex WebLink();

    [GeneratedRegex(@"[\u0000-\u001F\u007F]")]
    private static partial Regex ControlCharacter();
}
