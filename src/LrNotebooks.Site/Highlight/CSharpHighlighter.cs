using System.Text;

namespace LrNotebooks.Site.Highlight;

/// <summary>
/// Syntax highlighting for C# at export time (no script in the page): a single-pass tokenizer that marks
/// keywords, strings (regular, verbatim, interpolated, raw), characters, comments, numbers, preprocessor and
/// notebook directives (<c>#r</c>, <c>#!csharp</c>), type-like names and called members with <c>tok-*</c> classes.
/// </summary>
internal static class CSharpHighlighter
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        // contextual keywords
        "var", "async", "await", "dynamic", "get", "set", "init", "value", "yield", "record", "when", "where",
        "nameof", "and", "or", "not", "with", "global", "partial", "required", "let", "from", "select", "orderby",
        "group", "into", "join", "on", "equals", "by", "ascending", "descending", "nint", "nuint",
    ];

    /// <summary>Returns HTML-escaped code with highlight spans.</summary>
    public static string Highlight(string code)
    {
        var output = new StringBuilder(code.Length * 2);
        var i = 0;
        var lineStart = true;
        while (i < code.Length)
        {
            var c = code[i];
            var next = i + 1 < code.Length ? code[i + 1] : '\0';
            int end;
            string? kind;
            if (c == '\n')
            {
                output.Append('\n');
                lineStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                output.Append(c);
                i++;
                continue;
            }

            if (lineStart && c == '#')
            {
                (end, kind) = (LineEnd(code, i), "tok-dir");
            }
            else if (c == '/' && next == '/')
            {
                (end, kind) = (LineEnd(code, i), "tok-com");
            }
            else if (c == '/' && next == '*')
            {
                var close = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                (end, kind) = (close < 0 ? code.Length : close + 2, "tok-com");
            }
            else if (StringLiteralEnd(code, i) is { } stringEnd)
            {
                (end, kind) = (stringEnd, "tok-str");
            }
            else if (c == '\'')
            {
                (end, kind) = (CharLiteralEnd(code, i), "tok-str");
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
            {
                (end, kind) = (NumberEnd(code, i), "tok-num");
            }
            else if (char.IsLetter(c) || c == '_' || (c == '@' && (char.IsLetter(next) || next == '_')))
            {
                end = i + 1;
                while (end < code.Length && (char.IsLetterOrDigit(code[end]) || code[end] == '_'))
                {
                    end++;
                }

                kind = ClassifyIdentifier(code, i, end);
            }
            else
            {
                (end, kind) = (i + 1, null);
            }

            lineStart = false;
            AppendToken(output, code[i..end], kind);
            i = end;
        }

        return output.ToString();
    }

    private static string? ClassifyIdentifier(string code, int start, int end)
    {
        var word = code[start..end];
        if (Keywords.Contains(word))
        {
            return "tok-kw";
        }

        var after = end;
        while (after < code.Length && code[after] == ' ')
        {
            after++;
        }

        if (after < code.Length && (code[after] == '(' || (code[after] == '<' && char.IsUpper(word[0]))))
        {
            return "tok-fn";
        }

        return char.IsUpper(word[0]) ? "tok-type" : null;
    }

    private static void AppendToken(StringBuilder output, string text, string? kind)
    {
        if (kind is null)
        {
            output.Append(HtmlText.Encode(text));
            return;
        }

        // Multi-line tokens are closed and reopened per line so that every line stays well-formed.
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                output.Append('\n');
            }

            if (lines[l].Length > 0)
            {
                output.Append("<span class=\"").Append(kind).Append("\">").Append(HtmlText.Encode(lines[l])).Append("</span>");
            }
        }
    }

    private static int LineEnd(string code, int start)
    {
        var newline = code.IndexOf('\n', start);
        return newline < 0 ? code.Length : newline;
    }

    // Recognises "...", @"...", $"...", $@"...", @$"...", """raw""" and $"""raw""" (any number of $).
    private static int? StringLiteralEnd(string code, int start)
    {
        var i = start;
        var verbatim = false;
        while (i < code.Length && code[i] is '$' or '@')
        {
            verbatim |= code[i] == '@';
            i++;
        }

        if (i >= code.Length || code[i] != '"')
        {
            return null;
        }

        var quotes = 0;
        while (i + quotes < code.Length && code[i + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var close = code.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            return close < 0 ? code.Length : close + quotes;
        }

        if (quotes == 2 && !verbatim)
        {
            return i + 2;
        }

        for (var j = i + 1; j < code.Length; j++)
        {
            if (verbatim)
            {
                if (code[j] == '"')
                {
                    if (j + 1 < code.Length && code[j + 1] == '"')
                    {
                        j++;
                        continue;
                    }

                    return j + 1;
                }
            }
            else if (code[j] == '\\')
            {
                j++;
            }
            else if (code[j] == '"' || code[j] == '\n')
            {
                return j + 1;
            }
        }

        return code.Length;
    }

    private static int CharLiteralEnd(string code, int start)
    {
        for (var j = start + 1; j < code.Length && j < start + 12; j++)
        {
            if (code[j] == '\\')
            {
                j++;
            }
            else if (code[j] == '\'' || code[j] == '\n')
            {
                return j + 1;
            }
        }

        return start + 1;
    }

    private static int NumberEnd(string code, int start)
    {
        var j = start;
        if (code[j] == '0' && j + 1 < code.Length && code[j + 1] is 'x' or 'X' or 'b' or 'B')
        {
            j += 2;
            while (j < code.Length && (char.IsAsciiHexDigit(code[j]) || code[j] == '_'))
            {
                j++;
            }
        }
        else
        {
            while (j < code.Length && (char.IsAsciiDigit(code[j]) || code[j] == '_' ||
                   (code[j] == '.' && j + 1 < code.Length && char.IsAsciiDigit(code[j + 1])) ||
                   (code[j] is 'e' or 'E' && j + 1 < code.Length && (char.IsAsciiDigit(code[j + 1]) || code[j + 1] is '-' or '+'))))
            {
                j += code[j] is 'e' or 'E' ? 2 : 1;
            }
        }

        while (j < code.Length && code[j] is 'f' or 'F' or 'd' or 'D' or 'm' or 'M' or 'u' or 'U' or 'l' or 'L')
        {
            j++;
        }

        return j;
    }
}
