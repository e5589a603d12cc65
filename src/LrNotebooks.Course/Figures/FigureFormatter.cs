namespace LrNotebooks.Course.Figures;

/// <summary>Writes one MIME type of a <see cref="Figure"/>'s bundle; <see cref="MimeType"/> and <see cref="Format"/> are found by name.</summary>
internal sealed class FigureFormatter(string mimeType)
{
    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>Writes <paramref name="instance"/> (a <see cref="Figure"/>); false for anything else.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Figure figure) return false;
        writer.Write(Write(figure, MimeType));
        return true;
    }

    /// <summary>The representation of <paramref name="figure"/> for <paramref name="mimeType"/>.</summary>
    public static string Write(Figure figure, string mimeType) => mimeType switch
    {
        Figure.PlotlyMimeType => figure.ToJsonString(),
        "text/html" => figure.ToHtml(),
        "text/plain" => figure.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(mimeType), mimeType, $"A figure is written as {string.Join(", ", FigureFormatterSource.MimeTypes)}."),
    };
}
