using static LrNotebooks.Site.Math.MathElement;

namespace LrNotebooks.Site.Math;

/// <summary>
/// Recursive-descent parser from TeX math (the LaTeX/amsmath subset used in course notebooks) to a MathML
/// Core element tree. Grammar, informally:
/// <code>
/// formula  := sequence { ('&amp;' | '\\') sequence }        -- rows/cells make an implicit table
/// sequence := { style-switch sequence | term }
/// term     := atom { '\limits' | '\nolimits' } { '^' argument | '_' argument | "'" }
/// atom     := number | letter | symbol | '{' sequence '}' | command
/// argument := '{' sequence '}' | single token
/// </code>
/// Unknown commands become <c>&lt;merror&gt;</c> with the raw TeX and are collected in <see cref="UnknownCommands"/>;
/// structural errors throw <see cref="TexSyntaxException"/>.
/// </summary>
internal sealed partial class TexParser
{
    private const string FunctionApplication = "\u2061";

    private static readonly Dictionary<string, string> BigSizes = new()
    {
        ["big"] = "1.2em", ["Big"] = "1.623em", ["bigg"] = "2.047em", ["Bigg"] = "2.470em",
    };

    private readonly TexLexer _lexer;
    private readonly SortedSet<string> _unknown;

    /// <summary>Creates a parser for one formula.</summary>
    public TexParser(string tex)
        : this(tex, new SortedSet<string>(StringComparer.Ordinal))
    {
    }

    private TexParser(string tex, SortedSet<string> unknown)
    {
        _lexer = new TexLexer(tex);
        _unknown = unknown;
    }

    [Flags]
    private enum Stop
    {
        None = 0,
        End = 1,
        Brace = 2,
        Bracket = 4,
        Right = 8,
        Cell = 16,
    }

    /// <summary>Commands (with backslash) and environments the parser did not recognise, sorted.</summary>
    public IReadOnlyCollection<string> UnknownCommands => _unknown;

    /// <summary>Parses the whole formula into the sequence of elements of its top-level row.</summary>
    public IReadOnlyList<MathElement> ParseFormula()
    {
        var items = ParseSequence(Stop.End | Stop.Cell);
        if (_lexer.Peek().Kind == TexTokenKind.End)
        {
            return items;
        }

        // A top-level '&' or '\\' (allowed in display math by MathJax-style renderers): an implicit table.
        var rows = ParseRows(null, Row(items));
        var layout = rows.Any(r => r.Count > 1) ? ColumnLayout.Aligned : ColumnLayout.Center;
        return [BuildTable(rows, layout, displayStyle: true, null)];
    }

    private List<MathElement> ParseSequence(Stop stop)
    {
        var items = new List<MathElement>();
        while (true)
        {
            var token = _lexer.Peek();
            if (IsStop(token, stop))
            {
                return items;
            }

            if (token.Kind == TexTokenKind.Command && TryStyleSwitch(token.Text, out var style))
            {
                _lexer.Next();
                if (token.Text == "color")
                {
                    style = Node("mstyle").Set("style", "color:" + SafeColor(_lexer.ReadRawGroup("color")));
                }

                style.Children.AddRange(ParseSequence(stop));
                items.Add(style);
                return items;
            }

            ParseTerm(items);
        }
    }

    private bool IsStop(TexToken token, Stop stop)
    {
        switch (token.Kind)
        {
            case TexTokenKind.End:
                return stop.HasFlag(Stop.End) ? true : throw new TexSyntaxException(MissingCloser(stop));
            case TexTokenKind.CloseBrace:
                return stop.HasFlag(Stop.Brace) ? true : throw new TexSyntaxException("unmatched }");
            case TexTokenKind.Ampersand:
                return stop.HasFlag(Stop.Cell) ? true : throw new TexSyntaxException("misplaced & outside a table environment");
            case TexTokenKind.Symbol when token.Text == "]":
                return stop.HasFlag(Stop.Bracket);
            case TexTokenKind.Command:
                if (token.Text == "right")
                {
                    return stop.HasFlag(Stop.Right) ? true : throw new TexSyntaxException("\\right without a matching \\left");
                }

                if (token.Text is "\\" or "cr" or "end" && stop.HasFlag(Stop.Cell))
                {
                    return true;
                }

                if (token.Text == "end")
                {
                    throw new TexSyntaxException("\\end without a matching \\begin");
                }

                return false;
            default:
                return false;
        }
    }

    private static string MissingCloser(Stop stop) =>
        stop.HasFlag(Stop.Right) ? "\\left without a matching \\right"
        : stop.HasFlag(Stop.Bracket) ? "missing ] after an optional argument"
        : stop.HasFlag(Stop.Cell) ? "missing \\end of an environment"
        : "missing }";

    private static bool TryStyleSwitch(string name, out MathElement style)
    {
        style = name switch
        {
            "displaystyle" => Node("mstyle").Set("displaystyle", "true").Set("scriptlevel", "0"),
            "textstyle" => Node("mstyle").Set("displaystyle", "false").Set("scriptlevel", "0"),
            "scriptstyle" => Node("mstyle").Set("displaystyle", "false").Set("scriptlevel", "1"),
            "scriptscriptstyle" => Node("mstyle").Set("displaystyle", "false").Set("scriptlevel", "2"),
            "color" => Node("mstyle"),
            _ => null!,
        };
        return style is not null;
    }

    private void ParseTerm(List<MathElement> items)
    {
        var (atom, kind) = ParseAtom();
        bool? limits = null;
        while (_lexer.Peek().IsCommand("limits") || _lexer.Peek().IsCommand("nolimits"))
        {
            limits = _lexer.Next().Text == "limits";
        }

        MathElement? subscript = null;
        MathElement? superscript = null;
        var primes = 0;
        while (true)
        {
            var token = _lexer.Peek();
            if (token.Kind == TexTokenKind.Superscript)
            {
                _lexer.Next();
                superscript = superscript is null ? ParseArgument() : throw new TexSyntaxException("double superscript");
            }
            else if (token.Kind == TexTokenKind.Subscript)
            {
                _lexer.Next();
                subscript = subscript is null ? ParseArgument() : throw new TexSyntaxException("double subscript");
            }
            else if (token.IsSymbol('\'') && superscript is null && atom is not null)
            {
                _lexer.Next();
                primes++;
            }
            else
            {
                break;
            }
        }

        if (primes > 0)
        {
            var prime = Mo(primes switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', primes) });
            superscript = superscript is null ? prime : Node("mrow", prime, superscript);
        }

        if (atom is null)
        {
            if (subscript is null && superscript is null)
            {
                return;
            }

            atom = Node("mrow");
        }

        if (kind is AtomKind.Function or AtomKind.LimitFunction && items.Count > 0 && items[^1].Tag != "mo")
        {
            // TeX puts a thin space between an ordinary atom and an operator name: "2\max(a, b)".
            items.Add(Space("0.1667em"));
        }

        if (IsUnarySign(atom, items))
        {
            // "-x", "(-c", "= -\nabla f": a sign, not a binary operator (TeX's ordinary atom).
            atom.Set("form", "prefix");
        }

        items.Add(AttachScripts(atom, kind, limits, subscript, superscript));
        if (kind is AtomKind.Function or AtomKind.LimitFunction)
        {
            var apply = Mo(FunctionApplication);
            var next = _lexer.Peek();
            var parenthesised = next.IsSymbol('(') || next.IsSymbol('[') || next.IsCommand("left") || next.IsCommand("bigl") ||
                next.IsCommand("big") || next.IsCommand("Bigl") || next.IsCommand("Big");
            if (!parenthesised && next.Kind is not (TexTokenKind.End or TexTokenKind.CloseBrace))
            {
                apply.Set("rspace", "0.1667em");
            }

            items.Add(apply);
        }
    }

    private static bool IsUnarySign(MathElement atom, List<MathElement> items) =>
        atom.Tag == "mo" && atom.Text is "−" or "+" or "±" or "∓" &&
        (items.Count == 0 || (items[^1].Tag == "mo" && items[^1].Get("form") != "postfix" && items[^1].Text is not (")" or "]" or "|" or "‖" or "}" or "⟩" or "⌋" or "⌉")));

    private static MathElement AttachScripts(MathElement atom, AtomKind kind, bool? limits, MathElement? sub, MathElement? sup)
    {
        if (sub is null && sup is null)
        {
            return atom;
        }

        var underOver = kind switch
        {
            AtomKind.LargeOperator or AtomKind.LimitFunction => limits ?? true,
            AtomKind.Stack => true,
            _ => limits ?? false,
        };
        if (!underOver)
        {
            return sub is null ? Node("msup", atom, sup!)
                : sup is null ? Node("msub", atom, sub)
                : Node("msubsup", atom, sub, sup);
        }

        if (kind == AtomKind.LimitFunction && atom.Tag == "mi")
        {
            // Movable limits need an operator, not an identifier; spacing as TeX's \mathop.
            atom = Mo(atom.Text!).Set("lspace", "0.1667em").Set("rspace", "0");
        }

        if (atom.Tag == "mo")
        {
            atom.Set("movablelimits", limits == true ? "false" : "true");
        }

        return sub is null ? Node("mover", atom, sup!)
            : sup is null ? Node("munder", atom, sub)
            : Node("munderover", atom, sub, sup);
    }

    private (MathElement? Element, AtomKind Kind) ParseAtom()
    {
        var token = _lexer.Peek();
        switch (token.Kind)
        {
            case TexTokenKind.Number:
                _lexer.Next();
                return (Mn(token.Text), AtomKind.Ordinary);
            case TexTokenKind.Letter:
                _lexer.Next();
                return (Mi(token.Text), AtomKind.Ordinary);
            case TexTokenKind.Symbol:
                _lexer.Next();
                return (SymbolElement(token.Text), AtomKind.Ordinary);
            case TexTokenKind.OpenBrace:
                return (ParseGroup(), AtomKind.Ordinary);
            case TexTokenKind.Superscript or TexTokenKind.Subscript:
                return (null, AtomKind.Ordinary);
            case TexTokenKind.Command:
                _lexer.Next();
                return ParseCommand(token.Text);
            default:
                throw new TexSyntaxException($"unexpected {token.Display}");
        }
    }

    private MathElement ParseGroup()
    {
        _lexer.Next();
        var items = ParseSequence(Stop.Brace);
        _lexer.Next();
        return items.Count == 0 ? Node("mrow") : Row(items);
    }

    /// <summary>A macro argument: a braced group or a single token (one digit of a number).</summary>
    private MathElement ParseArgument()
    {
        var token = _lexer.Peek();
        switch (token.Kind)
        {
            case TexTokenKind.OpenBrace:
                return ParseGroup();
            case TexTokenKind.Number:
                return Mn(_lexer.NextSingle().Text);
            case TexTokenKind.Letter:
            case TexTokenKind.Symbol:
                return ParseAtom().Element ?? Node("mrow");
            case TexTokenKind.Command when token.Text is not ("right" or "end" or "\\"):
                _lexer.Next();
                return ParseCommand(token.Text).Element ?? Node("mrow");
            default:
                throw new TexSyntaxException($"missing argument before {token.Display}");
        }
    }

    private static MathElement SymbolElement(string symbol) => symbol switch
    {
        "-" => Mo("−"),
        "*" => Mo("∗"),
        "'" => Mo("′"),
        "~" => Space("0.25em"),
        "(" or ")" or "[" or "]" or "|" or "/" => Mo(symbol).Set("stretchy", "false"),
        _ when char.IsLetter(symbol, 0) => Mi(symbol),
        _ => Mo(symbol),
    };

    private (MathElement? Element, AtomKind Kind) ParseCommand(string name)
    {
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac" or "cfrac":
                {
                    var fraction = Node("mfrac", ParseArgument(), ParseArgument());
                    return (name switch
                    {
                        "dfrac" or "cfrac" => Node("mstyle", fraction).Set("displaystyle", "true").Set("scriptlevel", "0"),
                        "tfrac" => Node("mstyle", fraction).Set("displaystyle", "false"),
                        _ => fraction,
                    }, AtomKind.Ordinary);
                }

            case "binom" or "dbinom" or "tbinom":
                {
                    var fraction = Node("mfrac", ParseArgument(), ParseArgument()).Set("linethickness", "0");
                    var binomial = Node("mrow", Fence("(", "prefix"), fraction, Fence(")", "postfix"));
                    return (name == "dbinom" ? Node("mstyle", binomial).Set("displaystyle", "true") : binomial, AtomKind.Ordinary);
                }

            case "sqrt":
                if (_lexer.Peek().IsSymbol('['))
                {
                    _lexer.Next();
                    var index = Row(ParseSequence(Stop.Bracket));
                    _lexer.Next();
                    var radicand = ParseArgument();
                    return (Node("mroot", radicand, index), AtomKind.Ordinary);
                }

                return (Node("msqrt", ParseArgument()), AtomKind.Ordinary);

            case "left":
                return (ParseFenced(), AtomKind.Ordinary);

            case "middle":
                return (Mo(ReadDelimiter(name)).Set("stretchy", "true").Set("lspace", "0.05em").Set("rspace", "0.05em"), AtomKind.Ordinary);

            case "begin":
                return (ParseEnvironment(), AtomKind.Ordinary);

            case "overset" or "underset" or "stackrel":
                {
                    var over = ParseArgument();
                    var baseElement = ParseArgument();
                    return (Node(name == "underset" ? "munder" : "mover", baseElement, over), AtomKind.Ordinary);
                }

            case "boxed" or "fbox":
                return (Node("mrow", ParseArgument()).Set("style", "border:1px solid currentColor;padding:0.15em 0.3em"), AtomKind.Ordinary);

            case "phantom" or "hphantom" or "vphantom":
                return (Node("mphantom", ParseArgument()), AtomKind.Ordinary);

            case "textcolor":
                {
                    var color = SafeColor(_lexer.ReadRawGroup(name));
                    return (Node("mrow", ParseArgument()).Set("style", "color:" + color), AtomKind.Ordinary);
                }

            case "not":
                {
                    var negated = ParseArgument();
                    if (negated.IsToken)
                    {
                        negated.Text = negated.Text == "=" ? "≠" : negated.Text + "\u0338";
                    }

                    return (negated, AtomKind.Ordinary);
                }

            case "hspace":
                return (Space(SafeLength(_lexer.ReadRawGroup(name))), AtomKind.Ordinary);

            case "tag" or "label":
                _lexer.ReadRawGroup(name);
                return (null, AtomKind.Ordinary);

            case "\\" or "cr" or "newline":
                // A line break inside a group that is not a table: TeX ignores it in math mode.
                return (null, AtomKind.Ordinary);

            case "operatorname" or "operatorname*":
                {
                    var operatorName = ApplyVariant(ParseArgument(), MathVariant.Normal);
                    return (operatorName, name == "operatorname*" ? AtomKind.LimitFunction : AtomKind.Function);
                }
        }

        if (BigSizes.Keys.FirstOrDefault(size => name == size || name == size + "l" || name == size + "r" || name == size + "m") is { } sizeName)
        {
            var size = BigSizes[sizeName];
            var delimiter = Mo(ReadDelimiter(name)).Set("stretchy", "true").Set("minsize", size).Set("maxsize", size);
            return (delimiter, AtomKind.Ordinary);
        }

        if (TexSymbolTable.TryGet(name, out var symbol))
        {
            return SymbolAtom(name, symbol);
        }

        _unknown.Add("\\" + name);
        return (Node("merror", Mtext("\\" + name)), AtomKind.Ordinary);
    }

    private (MathElement? Element, AtomKind Kind) SymbolAtom(string name, TexSymbol symbol)
    {
        var text = symbol.Text;
        switch (symbol.Kind)
        {
            case TexSymbolKind.Identifier:
                return (Mi(text), AtomKind.Ordinary);
            case TexSymbolKind.UprightIdentifier:
                return (UprightMi(text), AtomKind.Ordinary);
            case TexSymbolKind.Operator:
                return (Mo(text), AtomKind.Ordinary);
            case TexSymbolKind.Delimiter:
                return (Mo(text).Set("stretchy", "false"), AtomKind.Ordinary);
            case TexSymbolKind.LargeOperator:
                return (Mo(text).Set("largeop", "true").Set("movablelimits", "true"), AtomKind.LargeOperator);
            case TexSymbolKind.Integral:
                return (Mo(text).Set("largeop", "true"), AtomKind.Integral);
            case TexSymbolKind.LimitFunction:
                return (Mi(text), AtomKind.LimitFunction);
            case TexSymbolKind.Function:
                return (Mi(text), AtomKind.Function);
            case TexSymbolKind.Space:
                return (text.StartsWith('-')
                    ? Space("0").Set("style", "margin-left:" + text)
                    : Space(text), AtomKind.Ordinary);
            case TexSymbolKind.Accent:
                return (Node("mover", ParseArgument(), Mo(text).Set("stretchy", "false")).Set("accent", "true"), AtomKind.Ordinary);
            case TexSymbolKind.WideAccent:
                {
                    var isBrace = name == "overbrace";
                    var over = Node("mover", ParseArgument(), Mo(text).Set("stretchy", "true"));
                    return (isBrace ? over : over.Set("accent", "true"), isBrace ? AtomKind.Stack : AtomKind.Ordinary);
                }

            case TexSymbolKind.UnderAccent:
                {
                    var isBrace = name == "underbrace";
                    var under = Node("munder", ParseArgument(), Mo(text).Set("stretchy", "true"));
                    return (isBrace ? under : under.Set("accentunder", "true"), isBrace ? AtomKind.Stack : AtomKind.Ordinary);
                }

            case TexSymbolKind.Font:
                return (ApplyVariant(ParseArgument(), Enum.Parse<MathVariant>(text)), AtomKind.Ordinary);
            case TexSymbolKind.Text:
                return (ParseText(name, text), AtomKind.Ordinary);
            default:
                return (null, AtomKind.Ordinary);
        }
    }

    private static MathElement Fence(string delimiter, string form) =>
        Mo(delimiter).Set("fence", "true").Set("form", form).Set("stretchy", "true");

    private MathElement ParseFenced()
    {
        var open = ReadDelimiter("left");
        var content = ParseSequence(Stop.Right);
        _lexer.Next();
        return Fenced(open, content, ReadDelimiter("right"));
    }

    private string ReadDelimiter(string command)
    {
        var token = _lexer.Next();
        if (token.Kind == TexTokenKind.Symbol)
        {
            switch (token.Text)
            {
                case ".":
                    return "";
                case "<":
                    return "⟨";
                case ">":
                    return "⟩";
                case "(" or ")" or "[" or "]" or "|" or "/":
                    return token.Text;
            }
        }

        if (token.Kind == TexTokenKind.Command && TexSymbolTable.TryGet(token.Text, out var symbol) &&
            (symbol.Kind == TexSymbolKind.Delimiter || (symbol.Kind == TexSymbolKind.Operator && token.Text.Contains("arrow", StringComparison.OrdinalIgnoreCase))))
        {
            return symbol.Text;
        }

        throw new TexSyntaxException($"\\{command} expects a delimiter, not {token.Display}");
    }

    private static string SafeLength(string length)
    {
        var trimmed = length.Trim();
        return trimmed.Length > 0 && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-') ? trimmed : "0.25em";
    }
}
