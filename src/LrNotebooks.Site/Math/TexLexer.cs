using System.Text;

namespace LrNotebooks.Site.Math;

/// <summary>
/// Splits TeX math source into tokens on demand. Tokens are produced lazily so the parser can switch to
/// reading raw text (the argument of <c>\text</c>, an environment name) at the current position.
/// </summary>
internal sealed class TexLexer(string source)
{
    private int _position;
    private TexToken? _peeked;

    /// <summary>The token that <see cref="Next"/> would return, without consuming it.</summary>
    public TexToken Peek() => _peeked ??= Scan();

    /// <summary>Consumes and returns the next token.</summary>
    public TexToken Next()
    {
        var token = Peek();
        _peeked = null;
        return token;
    }

    /// <summary>
    /// Consumes one "TeX character" as a macro argument: a multi-digit number yields only its first digit
    /// (<c>x^23</c> is x squared followed by 3, as in TeX).
    /// </summary>
    public TexToken NextSingle()
    {
        var token = Peek();
        if (token.Kind == TexTokenKind.Number && token.Text.Length > 1)
        {
            _peeked = null;
            _position = token.Start + 1;
            return token with { Text = token.Text[..1] };
        }

        return Next();
    }

    /// <summary>
    /// Reads a brace-delimited group verbatim (braces balanced, outer braces removed), skipping leading
    /// whitespace. Used for <c>\text{...}</c>, <c>\begin{name}</c> and similar arguments that are not math.
    /// </summary>
    public string ReadRawGroup(string forCommand)
    {
        Rewind();
        SkipWhitespace();
        if (_position >= source.Length || source[_position] != '{')
        {
            throw new TexSyntaxException($"\\{forCommand} expects an argument in braces");
        }

        var depth = 0;
        var builder = new StringBuilder();
        for (var i = _position; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\' && i + 1 < source.Length)
            {
                if (depth > 0)
                {
                    builder.Append(c).Append(source[i + 1]);
                }

                i++;
                continue;
            }

            if (c == '{')
            {
                depth++;
                if (depth == 1)
                {
                    continue;
                }
            }
            else if (c == '}')
            {
                depth--;
                if (depth == 0)
                {
                    _position = i + 1;
                    return builder.ToString();
                }
            }

            builder.Append(c);
        }

        throw new TexSyntaxException($"unbalanced braces in the argument of \\{forCommand}");
    }

    /// <summary>True when the next non-space character is <paramref name="c"/> (does not consume it).</summary>
    public bool NextCharIs(char c)
    {
        Rewind();
        SkipWhitespace();
        return _position < source.Length && source[_position] == c;
    }

    private void Rewind()
    {
        if (_peeked is { } token)
        {
            _position = token.Start;
            _peeked = null;
        }
    }

    private void SkipWhitespace()
    {
        while (_position < source.Length)
        {
            var c = source[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '%')
            {
                // TeX comment: runs to the end of the line.
                while (_position < source.Length && source[_position] != '\n')
                {
                    _position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private TexToken Scan()
    {
        SkipWhitespace();
        var start = _position;
        if (_position >= source.Length)
        {
            return new TexToken(TexTokenKind.End, "", start);
        }

        var c = source[_position++];
        switch (c)
        {
            case '\\':
                return ScanCommand(start);
            case '{':
                return new TexToken(TexTokenKind.OpenBrace, "{", start);
            case '}':
                return new TexToken(TexTokenKind.CloseBrace, "}", start);
            case '^':
                return new TexToken(TexTokenKind.Superscript, "^", start);
            case '_':
                return new TexToken(TexTokenKind.Subscript, "_", start);
            case '&':
                return new TexToken(TexTokenKind.Ampersand, "&", start);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && _position < source.Length && char.IsAsciiDigit(source[_position])))
        {
            while (_position < source.Length && char.IsAsciiDigit(source[_position]))
            {
                _position++;
            }

            if (c != '.' && _position + 1 < source.Length && source[_position] == '.' && char.IsAsciiDigit(source[_position + 1]))
            {
                _position++;
                while (_position < source.Length && char.IsAsciiDigit(source[_position]))
                {
                    _position++;
                }
            }

            return new TexToken(TexTokenKind.Number, source[start.._position], start);
        }

        if (char.IsHighSurrogate(c) && _position < source.Length && char.IsLowSurrogate(source[_position]))
        {
            _position++;
            return new TexToken(TexTokenKind.Letter, source[start.._position], start);
        }

        return char.IsLetter(c)
            ? new TexToken(TexTokenKind.Letter, c.ToString(), start)
            : new TexToken(TexTokenKind.Symbol, c.ToString(), start);
    }

    private TexToken ScanCommand(int start)
    {
        if (_position >= source.Length)
        {
            throw new TexSyntaxException("a lone backslash ends the formula");
        }

        if (!char.IsAsciiLetter(source[_position]))
        {
            // Control symbol: \, \; \{ \| \\ and friends.
            return new TexToken(TexTokenKind.Command, source[_position++].ToString(), start);
        }

        var nameStart = _position;
        while (_position < source.Length && char.IsAsciiLetter(source[_position]))
        {
            _position++;
        }

        // \operatorname* and \operatorname: the star belongs to the name.
        if (_position < source.Length && source[_position] == '*' && source[nameStart.._position] == "operatorname")
        {
            _position++;
        }

        return new TexToken(TexTokenKind.Command, source[nameStart.._position], start);
    }
}
