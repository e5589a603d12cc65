using System.Text;

namespace LrNotebooks.Site.Math;

/// <summary>
/// A MathML element: a token element (<c>mi</c>, <c>mn</c>, <c>mo</c>, <c>mtext</c>) carries text, a layout
/// element (<c>mrow</c>, <c>mfrac</c>, <c>msup</c>, ...) carries children. Serialized as MathML Core markup.
/// </summary>
internal sealed class MathElement
{
    private readonly List<KeyValuePair<string, string>> _attributes = [];

    private MathElement(string tag, string? text, IEnumerable<MathElement> children)
    {
        Tag = tag;
        Text = text;
        Children = [.. children];
    }

    /// <summary>Element name, e.g. <c>mfrac</c>.</summary>
    public string Tag { get; }

    /// <summary>Text content of a token element; null for layout elements.</summary>
    public string? Text { get; set; }

    /// <summary>Child elements (empty for token elements).</summary>
    public List<MathElement> Children { get; }

    /// <summary>Attributes in insertion order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes => _attributes;

    /// <summary>Identifier: <c>&lt;mi&gt;</c>.</summary>
    public static MathElement Mi(string text) => Token("mi", text);

    /// <summary>Upright identifier: <c>&lt;mi mathvariant="normal"&gt;</c> for one character (multi-letter mi is upright already).</summary>
    public static MathElement UprightMi(string text)
    {
        var mi = Mi(text);
        if (IsSingleCharacter(text))
        {
            mi.Set("mathvariant", "normal");
        }

        return mi;
    }

    /// <summary>Number: <c>&lt;mn&gt;</c>.</summary>
    public static MathElement Mn(string text) => Token("mn", text);

    /// <summary>Operator: <c>&lt;mo&gt;</c>.</summary>
    public static MathElement Mo(string text) => Token("mo", text);

    /// <summary>Text: <c>&lt;mtext&gt;</c>.</summary>
    public static MathElement Mtext(string text) => Token("mtext", text);

    /// <summary>A token element with the given tag.</summary>
    public static MathElement Token(string tag, string text) => new(tag, text, []);

    /// <summary>A layout element with the given children.</summary>
    public static MathElement Node(string tag, params IEnumerable<MathElement> children) => new(tag, null, children);

    /// <summary>A row; a single child is returned unwrapped, so <c>{x}</c> is just <c>x</c>.</summary>
    public static MathElement Row(IReadOnlyList<MathElement> children) =>
        children.Count == 1 ? children[0] : Node("mrow", children);

    /// <summary>An empty space of the given width (<c>&lt;mspace width="..."/&gt;</c>).</summary>
    public static MathElement Space(string width) => Node("mspace").Set("width", width);

    /// <summary>True for token elements (<c>mi</c>, <c>mn</c>, <c>mo</c>, <c>mtext</c>, <c>ms</c>).</summary>
    public bool IsToken => Text is not null;

    /// <summary>Sets (or replaces) an attribute; returns this element for chaining.</summary>
    public MathElement Set(string name, string value)
    {
        var index = _attributes.FindIndex(a => a.Key == name);
        if (index >= 0)
        {
            _attributes[index] = new(name, value);
        }
        else
        {
            _attributes.Add(new(name, value));
        }

        return this;
    }

    /// <summary>The value of an attribute, or null.</summary>
    public string? Get(string name) => _attributes.FirstOrDefault(a => a.Key == name).Value;

    /// <summary>Serializes this element and its descendants.</summary>
    public void WriteTo(StringBuilder builder)
    {
        builder.Append('<').Append(Tag);
        foreach (var (name, value) in _attributes)
        {
            builder.Append(' ').Append(name).Append("=\"");
            HtmlText.AppendEncoded(builder, value);
            builder.Append('"');
        }

        builder.Append('>');
        if (Text is not null)
        {
            HtmlText.AppendEncoded(builder, Text);
        }

        foreach (var child in Children)
        {
            child.WriteTo(builder);
        }

        builder.Append("</").Append(Tag).Append('>');
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    private static bool IsSingleCharacter(string text) =>
        text.Length == 1 || (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]));
}
