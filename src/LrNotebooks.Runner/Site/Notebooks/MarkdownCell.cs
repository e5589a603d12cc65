namespace LrNotebooks.Runner.Site.Notebooks;

/// <summary>A markdown cell.</summary>
/// <param name="Source">Markdown text.</param>
/// <param name="Attachments">Attached files by name (<c>![](attachment:name)</c>): mime type and base64 data.</param>
internal sealed record MarkdownCell(string Source, IReadOnlyDictionary<string, (string MimeType, string Base64)> Attachments)
    : NotebookCell(Source);
