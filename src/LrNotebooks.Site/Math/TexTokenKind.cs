namespace LrNotebooks.Site.Math;

/// <summary>Lexical category of a <see cref="TexToken"/>.</summary>
internal enum TexTokenKind
{
    /// <summary>End of the TeX source.</summary>
    End,

    /// <summary>A control sequence such as <c>\frac</c> or a control symbol such as <c>\,</c> (text holds the name without the backslash).</summary>
    Command,

    /// <summary>A single letter (identifier).</summary>
    Letter,

    /// <summary>A run of digits with an optional decimal point.</summary>
    Number,

    /// <summary>Any other single character: operators, punctuation, delimiters.</summary>
    Symbol,

    /// <summary><c>{</c></summary>
    OpenBrace,

    /// <summary><c>}</c></summary>
    CloseBrace,

    /// <summary><c>^</c></summary>
    Superscript,

    /// <summary><c>_</c></summary>
    Subscript,

    /// <summary><c>&amp;</c> (column separator in environments).</summary>
    Ampersand,
}
