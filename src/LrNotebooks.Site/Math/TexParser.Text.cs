using System.Text;
using static LrNotebooks.Site.Math.MathElement;

namespace LrNotebooks.Site.Math;

/// <summary>Text-mode arguments (<c>\text{...}</c>) and font commands (<c>\mathbf</c>, <c>\mathrm</c>, ...).</summary>
internal sealed partial class TexParser
{
    private MathElement ParseText(string command, string style)
    {
        var raw = _lexer.ReadRawGroup(command);
        var parts = new List<MathElement>();
        var segments = SplitOnUnescapedDollars(raw);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i % 2 == 1)
            {
                // $...$ inside \text{} switches back to math.
                parts.Add(Row(new TexParser(segments[i], _unknown).ParseFormula()));
            }
            else if (segments[i].Length > 0)
            {
                var text = Mtext(PreserveEdgeSpaces(UnescapeText(segments[i])));
                if (style.Length > 0)
                {
                    text.Set("style", style);
                }

                parts.Add(text);
            }
        }

        return parts.Count == 0 ? Node("mrow") : Row(parts);
    }

    private static List<string> SplitOnUnescapedDollars(string raw)
    {
        var segments = new List<string>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
            }
            else if (raw[i] == '$')
            {
                segments.Add(raw[start..i]);
                start = i + 1;
            }
        }

        segments.Add(raw[start..]);
        return segments;
    }

    private static string UnescapeText(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && !char.IsAsciiLetter(raw[i + 1]))
            {
                i++;
                builder.Append(raw[i] is ',' or ';' or ' ' ? ' ' : raw[i]);
            }
            else
            {
                builder.Append(c == '~' ? '\u00A0' : c);
            }
        }

        return builder.ToString();
    }

    // Token elements trim surrounding whitespace, but "\text{ if }" needs its spaces.
    private static string PreserveEdgeSpaces(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = text.Length;
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        return new string('\u00A0', start) + text[start..end] + new string('\u00A0', text.Length - end);
    }

    private static MathElement ApplyVariant(MathElement element, MathVariant variant)
    {
        if (element.IsToken)
        {
            var mapsNumbers = variant is not (MathVariant.Normal or MathVariant.Italic or MathVariant.Script or MathVariant.Fraktur);
            if (element.Tag == "mi" || (element.Tag == "mn" && mapsNumbers))
            {
                if (variant == MathVariant.Normal)
                {
                    return element.Tag == "mi" ? UprightMi(element.Text!) : element;
                }

                var mapped = Token(element.Tag, MathAlphabet.Map(element.Text!, variant));
                return mapped;
            }

            return element;
        }

        for (var i = 0; i < element.Children.Count; i++)
        {
            element.Children[i] = ApplyVariant(element.Children[i], variant);
        }

        if (variant == MathVariant.Normal && element.Tag == "mrow")
        {
            MergeIdentifiers(element.Children);
            if (element.Children.Count == 1 && element.Attributes.Count == 0)
            {
                return element.Children[0];
            }
        }

        return element;
    }

    // \mathrm{lr} and \operatorname{softmax} are one upright word, not a product of letters.
    private static void MergeIdentifiers(List<MathElement> children)
    {
        for (var i = children.Count - 1; i > 0; i--)
        {
            if (children[i].Tag == "mi" && children[i - 1].Tag == "mi")
            {
                children[i - 1] = Mi(children[i - 1].Text + children[i].Text);
                children.RemoveAt(i);
            }
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (children[i].Tag == "mi")
            {
                children[i] = UprightMi(children[i].Text!);
            }
        }
    }
}
