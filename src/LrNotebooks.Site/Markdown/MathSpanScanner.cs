using System.Text;

namespace LrNotebooks.Site.Markdown;

/// <summary>
/// Finds TeX formulas in markdown and swaps them for placeholders before Markdig runs, so underscores and
/// asterisks inside math never become emphasis and backslashes are not eaten as escapes. Recognises
/// <c>$...$</c>, <c>$$...$$</c>, <c>\(...\)</c> and <c>\[...\]</c>; code spans and fenced code blocks are
/// left alone. Inline <c>$</c> follows the pandoc rule: the opening <c>$</c> is not followed by a space, the
/// closing one is not preceded by a space nor followed by a digit (so "$5 and $10" stays text).
/// </summary>
internal static class MathSpanScanner
{
    /// <summary>Private-use characters delimit placeholders: Markdig passes them through untouched.</summary>
    public const char PlaceholderStart = '\uE000';

    /// <summary>Closes a placeholder.</summary>
    public const char PlaceholderEnd = '\uE001';

    /// <summary>Replaces every formula with a placeholder.</summary>
    public static ProtectedMarkdown Protect(string markdown)
    {
        var output = new StringBuilder(markdown.Length);
        var spans = new List<MathSpan>();
        var i = 0;
        var atLineStart = true;

        void AddSpan(string tex, bool display)
        {
            var placeholder = $"{PlaceholderStart}{spans.Count}{PlaceholderEnd}";
            spans.Add(new MathSpan(placeholder, tex, display));
            output.Append(placeholder);
        }

        while (i < markdown.Length)
        {
            if (atLineStart && TrySkipFencedBlock(markdown, i, out var fenceEnd))
            {
                output.Append(markdown, i, fenceEnd - i);
                i = fenceEnd;
                continue;
            }

            var c = markdown[i];
            atLineStart = c == '\n';
            var next = i + 1 < markdown.Length ? markdown[i + 1] : '\0';
            switch (c)
            {
                case '\\' when next is '(' or '[':
                    {
                        var close = markdown.IndexOf(next == '(' ? "\\)" : "\\]", i + 2, StringComparison.Ordinal);
                        if (close >= 0)
                        {
                            AddSpan(markdown[(i + 2)..close], display: next == '[');
                            i = close + 2;
                            continue;
                        }

                        output.Append(c).Append(next);
                        i += 2;
                        continue;
                    }

                case '\\' when next != '\0' && next != '\n':
                    // Markdown escape (\$, \*, \\): copy both characters so the next one is not taken as a delimiter.
                    output.Append(c).Append(next);
                    i += 2;
                    continue;

                case '`':
                    {
                        var run = RunLength(markdown, i, '`');
                        var close = FindClosingBackticks(markdown, i + run, run);
                        var end = close >= 0 ? close + run : i + run;
                        output.Append(markdown, i, end - i);
                        i = end;
                        continue;
                    }

                case '$' when next == '$':
                    {
                        var close = markdown.IndexOf("$$", i + 2, StringComparison.Ordinal);
                        if (close >= 0 && markdown.AsSpan(i + 2, close - i - 2).Trim().Length > 0)
                        {
                            AddSpan(markdown[(i + 2)..close].Trim(), display: true);
                            i = close + 2;
                            continue;
                        }

                        output.Append("$$");
                        i += 2;
                        continue;
                    }

                case '$':
                    {
                        var close = FindInlineClose(markdown, i);
                        if (close >= 0)
                        {
                            AddSpan(markdown[(i + 1)..close], display: false);
                            i = close + 1;
                            continue;
                        }

                        break;
                    }
            }

            output.Append(c);
            i++;
        }

        return new ProtectedMarkdown(output.ToString(), spans);
    }

    private static int FindInlineClose(string text, int open)
    {
        if (open + 1 >= text.Length || char.IsWhiteSpace(text[open + 1]))
        {
            return -1;
        }

        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\\')
            {
                j++;
                continue;
            }

            if (c == '\n' && IsBlankLineAt(text, j + 1))
            {
                return -1;
            }

            if (c == '$')
            {
                var closes = !char.IsWhiteSpace(text[j - 1]) && (j + 1 >= text.Length || !char.IsAsciiDigit(text[j + 1]));
                return closes ? j : -1;
            }
        }

        return -1;
    }

    private static bool IsBlankLineAt(string text, int start)
    {
        for (var j = start; j < text.Length && text[j] != '\n'; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static int RunLength(string text, int start, char c)
    {
        var end = start;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private static int FindClosingBackticks(string text, int from, int length)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == '`')
            {
                var run = RunLength(text, j, '`');
                if (run == length)
                {
                    return j;
                }

                j += run - 1;
            }
        }

        return -1;
    }

    // A fenced code block (``` or ~~~, indented at most three spaces) is copied verbatim up to its closing fence.
    private static bool TrySkipFencedBlock(string text, int lineStart, out int end)
    {
        end = lineStart;
        var j = lineStart;
        while (j < text.Length && j - lineStart < 3 && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length || text[j] is not ('`' or '~'))
        {
            return false;
        }

        var fence = text[j];
        var length = RunLength(text, j, fence);
        if (length < 3)
        {
            return false;
        }

        var position = text.IndexOf('\n', j);
        while (position >= 0)
        {
            var line = position + 1;
            var k = line;
            while (k < text.Length && k - line < 3 && text[k] == ' ')
            {
                k++;
            }

            var next = text.IndexOf('\n', line);
            if (RunLength(text, k, fence) >= length && text.AsSpan(k, (next < 0 ? text.Length : next) - k).Trim().TrimStart(fence).Length == 0)
            {
                end = next < 0 ? text.Length : next + 1;
                return true;
            }

            position = next;
        }

        end = text.Length;
        return true;
    }
}
