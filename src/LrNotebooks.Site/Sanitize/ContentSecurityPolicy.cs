namespace LrNotebooks.Site.Sanitize;

/// <summary>
/// The Content-Security-Policy every page carries (as a <c>meta http-equiv</c>, the only way a file opened from
/// disk can have one): scripts only from the site's own files (no inline script, no event handler attribute,
/// no <c>javascript:</c> URL, no eval), images from the site or <c>data:</c>, styles from the site's stylesheet
/// plus the inline <c>style</c> attributes that sanitized outputs keep; no fonts, frames, objects, media or
/// connections from anywhere, no <c>&lt;base&gt;</c>, no form submission. The sanitizer already removes all of
/// this from outputs; the policy makes the browser refuse it as well, should anything slip through.
/// </summary>
internal static class ContentSecurityPolicy
{
    /// <summary>The policy text.</summary>
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; " +
        "manifest-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The <c>meta</c> element that applies it; it must come before any script or stylesheet.</summary>
    public const string MetaElement = $"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">";
}
