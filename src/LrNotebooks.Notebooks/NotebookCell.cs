using System.Text.Json.Nodes;

namespace LrNotebooks.Notebooks;

/// <summary>One cell of a notebook, with the JSON it was read from kept whole (ids, metadata, attachments).</summary>
/// <param name="Number">1-based position among all cells, as a notebook editor shows it.</param>
/// <param name="CellType"><c>code</c>, <c>markdown</c> or <c>raw</c>.</param>
/// <param name="Source">The cell's text, lines joined.</param>
/// <param name="KernelName">Subkernel that runs a code cell (Polyglot per-cell <c>kernelName</c>, else the notebook default).</param>
/// <param name="Json">The cell object as read.</param>
public sealed record NotebookCell(int Number, string CellType, string Source, string KernelName, JsonObject Json)
{
    /// <summary>True for code cells.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>True for cells that hold markdown: markdown cells, and code cells of Polyglot's <c>markdown</c> kernel.</summary>
    public bool IsMarkdown => CellType == "markdown" || (IsCode && KernelName == "markdown");

    /// <summary>The outputs of a code cell, in order (empty for other cells and for cells not run).</summary>
    public IReadOnlyList<CellOutput> Outputs => IsCode ? CellOutput.ReadAll(Json) : [];

    /// <summary>nbformat's execution count, null when the cell was not run.</summary>
    public int? ExecutionCount => Json["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    /// <summary>Files attached to a markdown cell (<c>![](attachment:name)</c>) by name: MIME type and base64 data.</summary>
    public IReadOnlyDictionary<string, (string MimeType, string Base64)> Attachments
    {
        get
        {
            var attachments = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            foreach (var (name, bundle) in Json["attachments"] as JsonObject ?? [])
            {
                if (bundle is JsonObject { Count: > 0 } files)
                {
                    var (mimeType, data) = files.First();
                    attachments[name] = (mimeType, NotebookText.Of(data));
                }
            }

            return attachments;
        }
    }

    /// <summary>Number of source lines (a trailing newline does not start a line).</summary>
    public int LineCount => Source.Length == 0 ? 0 : Source.TrimEnd('\n').Split('\n').Length;

    /// <summary>Longest <see cref="FirstLine"/>; longer lines are cut and end in "...".</summary>
    public const int MaxFirstLineLength = 80;

    /// <summary>The first non-blank line, trimmed and shortened for messages.</summary>
    public string FirstLine
    {
        get
        {
            var line = Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
            return line.Length <= MaxFirstLineLength ? line : line[..(MaxFirstLineLength - 3)] + "...";
        }
    }
}
