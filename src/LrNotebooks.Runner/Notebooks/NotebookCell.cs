using System.Text.Json.Nodes;

namespace LrNotebooks.Runner.Notebooks;

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
