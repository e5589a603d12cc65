namespace LrNotebooks.Course;

/// <summary>
/// A lesson result that knows how to show itself in a notebook: as HTML in the rich output and as plain
/// text (<see cref="object.ToString"/>) everywhere else (console, logs, exception messages).
/// </summary>
public interface INotebookDisplay
{
    /// <summary>A self-contained HTML fragment (inline styles only, all text HTML-escaped).</summary>
    string ToHtml();
}
