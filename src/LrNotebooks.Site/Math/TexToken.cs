namespace LrNotebooks.Site.Math;

/// <summary>One token of TeX math source.</summary>
/// <param name="Kind">Lexical category.</param>
/// <param name="Text">Command name (without backslash), the letter, number or symbol; empty for structural tokens.</param>
/// <param name="Start">Offset of the token's first character in the source (used to re-read raw text).</param>
internal readonly record struct TexToken(TexTokenKind Kind, string Text, int Start)
{
    /// <summary>True when this is the command <paramref name="name"/>.</summary>
    public bool IsCommand(string name) => Kind == TexTokenKind.Command && Text == name;

    /// <summary>True when this is the single-character symbol <paramref name="symbol"/>.</summary>
    public bool IsSymbol(char symbol) => Kind == TexTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;

    /// <summary>How the token reads in TeX source, for error messages.</summary>
    public string Display => Kind switch
    {
        TexTokenKind.End => "end of formula",
        TexTokenKind.Command => "\\" + Text,
        TexTokenKind.OpenBrace => "{",
        TexTokenKind.CloseBrace => "}",
        TexTokenKind.Superscript => "^",
        TexTokenKind.Subscript => "_",
        TexTokenKind.Ampersand => "&",
        _ => Text,
    };
}
