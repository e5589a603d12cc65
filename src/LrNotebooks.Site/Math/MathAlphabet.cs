using System.Text;

namespace LrNotebooks.Site.Math;

/// <summary>
/// Maps letters and digits to the Unicode Mathematical Alphanumeric Symbols block (U+1D400...). MathML Core
/// dropped <c>mathvariant</c> except "normal", so bold, double-struck, script, ... are expressed by the
/// characters themselves, as the MathML Core specification recommends.
/// </summary>
internal static class MathAlphabet
{
    // Letters that live in the Letterlike Symbols block instead of their "hole" in the alphanumeric block.
    private static readonly Dictionary<(MathVariant, char), string> Exceptions = new()
    {
        [(MathVariant.Italic, 'h')] = "\u210E",
        [(MathVariant.Script, 'B')] = "\u212C",
        [(MathVariant.Script, 'E')] = "\u2130",
        [(MathVariant.Script, 'F')] = "\u2131",
        [(MathVariant.Script, 'H')] = "\u210B",
        [(MathVariant.Script, 'I')] = "\u2110",
        [(MathVariant.Script, 'L')] = "\u2112",
        [(MathVariant.Script, 'M')] = "\u2133",
        [(MathVariant.Script, 'R')] = "\u211B",
        [(MathVariant.Script, 'e')] = "\u212F",
        [(MathVariant.Script, 'g')] = "\u210A",
        [(MathVariant.Script, 'o')] = "\u2134",
        [(MathVariant.Fraktur, 'C')] = "\u212D",
        [(MathVariant.Fraktur, 'H')] = "\u210C",
        [(MathVariant.Fraktur, 'I')] = "\u2111",
        [(MathVariant.Fraktur, 'R')] = "\u211C",
        [(MathVariant.Fraktur, 'Z')] = "\u2128",
        [(MathVariant.DoubleStruck, 'C')] = "\u2102",
        [(MathVariant.DoubleStruck, 'H')] = "\u210D",
        [(MathVariant.DoubleStruck, 'N')] = "\u2115",
        [(MathVariant.DoubleStruck, 'P')] = "\u2119",
        [(MathVariant.DoubleStruck, 'Q')] = "\u211A",
        [(MathVariant.DoubleStruck, 'R')] = "\u211D",
        [(MathVariant.DoubleStruck, 'Z')] = "\u2124",
    };

    /// <summary>Maps every mappable character of <paramref name="text"/>; others are kept as they are.</summary>
    public static string Map(string text, MathVariant variant)
    {
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            builder.Append(Map(c, variant));
        }

        return builder.ToString();
    }

    /// <summary>The styled form of one character, or the character itself when the alphabet has none.</summary>
    public static string Map(char c, MathVariant variant)
    {
        if (Exceptions.TryGetValue((variant, c), out var exception))
        {
            return exception;
        }

        var (upper, lower, digit, greekUpper, greekLower) = Starts(variant);
        int? codePoint = c switch
        {
            >= 'A' and <= 'Z' when upper > 0 => upper + (c - 'A'),
            >= 'a' and <= 'z' when lower > 0 => lower + (c - 'a'),
            >= '0' and <= '9' when digit > 0 => digit + (c - '0'),
            >= '\u0391' and <= '\u03A9' when greekUpper > 0 && c != '\u03A2' => greekUpper + (c - '\u0391'),
            >= '\u03B1' and <= '\u03C9' when greekLower > 0 => greekLower + (c - '\u03B1'),
            _ => null,
        };
        return codePoint is { } cp ? char.ConvertFromUtf32(cp) : c.ToString();
    }

    private static (int Upper, int Lower, int Digit, int GreekUpper, int GreekLower) Starts(MathVariant variant) => variant switch
    {
        MathVariant.Bold => (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2),
        MathVariant.Italic => (0x1D434, 0x1D44E, 0, 0x1D6E2, 0x1D6FC),
        MathVariant.BoldItalic => (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736),
        MathVariant.DoubleStruck => (0x1D538, 0x1D552, 0x1D7D8, 0, 0),
        MathVariant.Script => (0x1D49C, 0x1D4B6, 0, 0, 0),
        MathVariant.Fraktur => (0x1D504, 0x1D51E, 0, 0, 0),
        MathVariant.SansSerif => (0x1D5A0, 0x1D5BA, 0x1D7E2, 0, 0),
        MathVariant.Monospace => (0x1D670, 0x1D68A, 0x1D7F6, 0, 0),
        _ => (0, 0, 0, 0, 0),
    };
}
