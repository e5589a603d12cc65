using System.Text;

namespace LrNotebooks.Site.Sanitize;

/// <summary>HTML escaping of text and attribute values (only the five significant characters; other text is kept as UTF-8).</summary>
internal static class HtmlText
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        return AppendEncoded(new StringBuilder(text.Length + 16), text).ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped to <paramref name="builder"/>.</summary>
    public static StringBuilder AppendEncoded(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }
}
