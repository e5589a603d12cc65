namespace LrNotebooks.Course;

/// <summary>One formatter per MIME type; its <see cref="MimeType"/> and <see cref="Format"/> are found by name.</summary>
internal sealed class NotebookFormatter(string mimeType)
{
    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes <paramref name="instance"/>; returns false for values it does not know.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not INotebookDisplay display) return false;
        writer.Write(MimeType == "text/html" ? display.ToHtml() : display.ToString());
        return true;
    }
}
