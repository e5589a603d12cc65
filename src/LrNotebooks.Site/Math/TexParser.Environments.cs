using static LrNotebooks.Site.Math.MathElement;

namespace LrNotebooks.Site.Math;

/// <summary>Environments (<c>\begin{pmatrix}</c>, <c>cases</c>, <c>aligned</c>, <c>array</c>, ...) and the tables they build.</summary>
internal sealed partial class TexParser
{
    private enum ColumnLayout
    {
        Center,
        Aligned,
        Cases,
        Array,
    }

    private MathElement ParseEnvironment()
    {
        var name = _lexer.ReadRawGroup("begin").Trim();
        var baseName = name.TrimEnd('*');
        string? arraySpec = null;
        if (baseName is "array" or "darray" or "alignat" or "alignedat" or "subarray")
        {
            arraySpec = _lexer.ReadRawGroup("begin{" + name + "}");
        }

        var rows = ParseRows(name, null);
        switch (baseName)
        {
            case "matrix" or "smallmatrix":
                return BuildTable(rows, ColumnLayout.Center, false, null);
            case "pmatrix":
                return Fenced("(", [BuildTable(rows, ColumnLayout.Center, false, null)], ")");
            case "bmatrix":
                return Fenced("[", [BuildTable(rows, ColumnLayout.Center, false, null)], "]");
            case "Bmatrix":
                return Fenced("{", [BuildTable(rows, ColumnLayout.Center, false, null)], "}");
            case "vmatrix":
                return Fenced("|", [BuildTable(rows, ColumnLayout.Center, false, null)], "|");
            case "Vmatrix":
                return Fenced("‖", [BuildTable(rows, ColumnLayout.Center, false, null)], "‖");
            case "cases":
                return Fenced("{", [BuildTable(rows, ColumnLayout.Cases, false, null)], "");
            case "dcases":
                return Fenced("{", [BuildTable(rows, ColumnLayout.Cases, true, null)], "");
            case "rcases":
                return Fenced("", [BuildTable(rows, ColumnLayout.Cases, false, null)], "}");
            case "aligned" or "align" or "alignat" or "alignedat" or "split" or "eqnarray" or "flalign":
                return BuildTable(rows, ColumnLayout.Aligned, true, null);
            case "gathered" or "gather" or "multline" or "equation":
                return rows.Count == 1 && rows[0].Count == 1 ? rows[0][0] : BuildTable(rows, ColumnLayout.Center, true, null);
            case "array" or "darray" or "subarray":
                return BuildTable(rows, ColumnLayout.Array, baseName == "darray", arraySpec);
            default:
                _unknown.Add($"\\begin{{{name}}}");
                return Node("merror", BuildTable(rows, ColumnLayout.Center, false, null));
        }
    }

    /// <summary>A row of stretchy fences around the content; an empty delimiter (TeX's <c>.</c>) is left out.</summary>
    private static MathElement Fenced(string open, IEnumerable<MathElement> content, string close)
    {
        var row = Node("mrow");
        if (open.Length > 0)
        {
            row.Children.Add(Fence(open, "prefix"));
        }

        row.Children.AddRange(content);
        if (close.Length > 0)
        {
            row.Children.Add(Fence(close, "postfix"));
        }

        return row;
    }

    /// <summary>Reads cells separated by '&amp;' and rows separated by '\\' up to <c>\end{name}</c> (or the end of input).</summary>
    private List<List<MathElement>> ParseRows(string? environment, MathElement? firstCell)
    {
        var rows = new List<List<MathElement>>();
        var row = new List<MathElement>();
        var stop = environment is null ? Stop.Cell | Stop.End : Stop.Cell;
        var cell = firstCell;
        while (true)
        {
            cell ??= Row(ParseSequence(stop));
            row.Add(cell);
            cell = null;
            var token = _lexer.Next();
            if (token.Kind == TexTokenKind.Ampersand)
            {
                continue;
            }

            if (token.IsCommand("\\") || token.IsCommand("cr"))
            {
                SkipOptionalRowSpacing();
                rows.Add(row);
                row = [];
                continue;
            }

            if (token.Kind == TexTokenKind.End && environment is null)
            {
                break;
            }

            if (token.IsCommand("end"))
            {
                if (environment is null)
                {
                    throw new TexSyntaxException("\\end without a matching \\begin");
                }

                var name = _lexer.ReadRawGroup("end").Trim();
                if (name != environment)
                {
                    throw new TexSyntaxException($"\\begin{{{environment}}} ended by \\end{{{name}}}");
                }

                break;
            }

            throw new TexSyntaxException($"unexpected {token.Display} in a table");
        }

        // A trailing '\\' leaves an empty last row.
        if (!(row.Count == 1 && row[0].Tag == "mrow" && row[0].Children.Count == 0) || rows.Count == 0)
        {
            rows.Add(row);
        }

        return rows;
    }

    private void SkipOptionalRowSpacing()
    {
        // "\\[4pt]" sets extra row spacing; the layout uses its own spacing.
        if (_lexer.Peek().IsSymbol('['))
        {
            while (_lexer.Peek().Kind != TexTokenKind.End && !_lexer.Next().IsSymbol(']'))
            {
            }
        }
    }

    private static MathElement BuildTable(List<List<MathElement>> rows, ColumnLayout layout, bool displayStyle, string? arraySpec)
    {
        var alignments = arraySpec?.Where(c => c is 'l' or 'c' or 'r').ToArray() ?? [];
        var table = Node("mtable");
        if (displayStyle)
        {
            table.Set("displaystyle", "true");
        }

        foreach (var row in rows)
        {
            var tableRow = Node("mtr");
            for (var column = 0; column < row.Count; column++)
            {
                var cell = Node("mtd", row[column]);
                var style = CellStyle(layout, column, row.Count, alignments);
                if (style.Length > 0)
                {
                    cell.Set("style", style);
                }

                tableRow.Children.Add(cell);
            }

            table.Children.Add(tableRow);
        }

        return table;
    }

    private static string CellStyle(ColumnLayout layout, int column, int columns, char[] alignments) => layout switch
    {
        // amsmath "aligned": right-aligned/left-aligned column pairs, glued at the alignment point.
        ColumnLayout.Aligned when column % 2 == 0 => "text-align:right;padding-right:0" + (column > 0 ? ";padding-left:2em" : ""),
        ColumnLayout.Aligned => "text-align:left;padding-left:0",
        ColumnLayout.Cases => column == 0 ? "text-align:left;padding-left:0" : "text-align:left;padding-left:1em",
        ColumnLayout.Array when column < alignments.Length && alignments[column] != 'c' =>
            alignments[column] == 'l' ? "text-align:left" : "text-align:right",
        _ => "",
    };

    private static string SafeColor(string color)
    {
        var trimmed = color.Trim();
        return trimmed.Length > 0 && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '#') ? trimmed : "inherit";
    }
}
