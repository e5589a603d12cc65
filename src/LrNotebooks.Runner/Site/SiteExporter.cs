using System.Net;

namespace LrNotebooks.Runner.Site;

/// <summary>
/// Exports executed notebooks as an offline HTML site. Placeholder with the final signature: it
/// writes only an index that links the executed notebooks.
/// </summary>
public static class SiteExporter
{
    /// <summary>Writes <c>index.html</c> into <paramref name="siteDirectory"/> for <paramref name="executedNotebookPaths"/>.</summary>
    public static void Export(IReadOnlyList<string> executedNotebookPaths, string siteDirectory)
    {
        ArgumentNullException.ThrowIfNull(executedNotebookPaths);
        ArgumentException.ThrowIfNullOrWhiteSpace(siteDirectory);
        Directory.CreateDirectory(siteDirectory);
        var items = string.Concat(executedNotebookPaths.Select(p =>
            $"<li>{WebUtility.HtmlEncode(Path.GetFileNameWithoutExtension(p))}</li>"));
        File.WriteAllText(Path.Combine(siteDirectory, "index.html"),
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>LrNotebooks</title></head><body><ul>{items}</ul></body></html>\n");
    }
}
