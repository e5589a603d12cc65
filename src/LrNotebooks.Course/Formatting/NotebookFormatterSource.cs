namespace LrNotebooks.Course;

/// <summary>
/// The convention-based formatter source .NET Interactive instantiates for types marked with
/// <see cref="TypeFormatterSourceAttribute"/>: HTML from <see cref="INotebookDisplay.ToHtml"/>, plain text
/// from <see cref="object.ToString"/>.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>Called by .NET Interactive (by name) the first time a marked type is displayed.</summary>
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new NotebookFormatter("text/html");
        yield return new NotebookFormatter("text/plain");
    }
}
