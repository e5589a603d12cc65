using LrNotebooks.Core;
using System.Globalization;
using System.Net;
using System.Text;

namespace LrNotebooks.Course;

/// <summary>
/// A small results table for notebooks: rendered as an HTML table in rich output and as a Markdown table
/// in plain text. Numbers are formatted with <see cref="Numbers.Format"/>, booleans as yes/no, anything
/// else with its <see cref="object.ToString"/> (e.g. a run status prints "diverged at step 12").
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ResultTable : INotebookDisplay
{
    private readonly List<string[]> _rows = [];

    /// <summary>Creates an empty table with the given column headers (at least one).</summary>
    public ResultTable(params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Guard.AtLeast(columns.Length, 1, nameof(columns));
        foreach (string column in columns) Guard.NotBlank(column, nameof(columns));
        Columns = [.. columns];
    }

    /// <summary>
    /// Builds a table with one row per item of <paramref name="rows"/> and one column per
    /// (header, cell) pair, e.g. <c>ResultTable.From(runs, ("lr", r =&gt; r.LearningRates[0]), ("status", r =&gt; r.Status))</c>.
    /// </summary>
    public static ResultTable From<T>(IEnumerable<T> rows, params (string Header, Func<T, object?> Cell)[] columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columns);
        var table = new ResultTable([.. columns.Select(c => c.Header)]);
        foreach (T row in rows) table.AddRow([.. columns.Select(c => c.Cell(row))]);
        return table;
    }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The formatted cells, row by row.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Appends a row; it must have one cell per column. Returns this table for chaining.</summary>
    public ResultTable AddRow(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Guard.SameLength(Columns.Count, cells.Length, nameof(cells));
        _rows.Add([.. cells.Select(FormatCell)]);
        return this;
    }

    /// <summary>Formats one cell the way the table shows it.</summary>
    public static string FormatCell(object? cell) => cell switch
    {
        null => "",
        double d => Numbers.Format(d),
        float f => Numbers.Format(f),
        decimal m => Numbers.Format((double)m),
        bool b => b ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>The table as GitHub-flavoured Markdown (pipes in cells escaped).</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| ").AppendJoin(" | ", Columns.Select(EscapeMarkdown)).AppendLine(" |");
        text.Append('|').AppendJoin("|", Columns.Select(_ => "---")).AppendLine("|");
        foreach (string[] row in _rows) text.Append("| ").AppendJoin(" | ", row.Select(EscapeMarkdown)).AppendLine(" |");
        return text.ToString();
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        const string cellStyle = "border:1px solid #ccc;padding:3px 8px;text-align:right";
        var html = new StringBuilder("<table class=\"lr-table\" style=\"border-collapse:collapse;font-family:sans-serif;font-size:90%;margin:4px 0\"><thead><tr>");
        foreach (string column in Columns) html.Append($"<th style=\"{cellStyle};background:#f3f3f3\">{WebUtility.HtmlEncode(column)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (string[] row in _rows)
        {
            html.Append("<tr>");
            foreach (string cell in row) html.Append($"<td style=\"{cellStyle}\">{WebUtility.HtmlEncode(cell)}</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>The Markdown form.</summary>
    public override string ToString() => ToMarkdown();

    private static string EscapeMarkdown(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
