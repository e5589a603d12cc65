namespace LrNotebooks.Site.Math;

/// <summary>How a symbol command turns into MathML.</summary>
internal enum TexSymbolKind
{
    /// <summary><c>&lt;mi&gt;</c> with automatic italic (lowercase Greek, <c>\ell</c>, <c>\partial</c>).</summary>
    Identifier,

    /// <summary><c>&lt;mi mathvariant="normal"&gt;</c> (uppercase Greek, <c>\nabla</c>, <c>\infty</c>).</summary>
    UprightIdentifier,

    /// <summary><c>&lt;mo&gt;</c>: binary operators, relations, arrows, punctuation.</summary>
    Operator,

    /// <summary>A delimiter, usable after <c>\left</c>/<c>\right</c>; non-stretchy <c>&lt;mo&gt;</c> otherwise.</summary>
    Delimiter,

    /// <summary><c>\sum</c>-like operator: limits under/over in display style, scripts inline.</summary>
    LargeOperator,

    /// <summary><c>\int</c>-like operator: scripts at the side.</summary>
    Integral,

    /// <summary><c>\lim</c>, <c>\min</c>, <c>\max</c>, ...: an upright name whose subscript goes underneath in display style.</summary>
    LimitFunction,

    /// <summary><c>\log</c>, <c>\sin</c>, ...: an upright name followed by function application.</summary>
    Function,

    /// <summary>Horizontal space; text holds the width.</summary>
    Space,

    /// <summary>Accent over the argument (<c>\hat</c>, <c>\bar</c>, ...); text holds the accent character.</summary>
    Accent,

    /// <summary>Stretchy accent over the argument (<c>\overline</c>, <c>\widehat</c>, <c>\overbrace</c>).</summary>
    WideAccent,

    /// <summary>Stretchy mark under the argument (<c>\underline</c>, <c>\underbrace</c>).</summary>
    UnderAccent,

    /// <summary>Font command that restyles its math argument; text holds the <see cref="MathVariant"/> name.</summary>
    Font,

    /// <summary>Text-mode command (<c>\text</c>, <c>\textbf</c>, ...); text holds the CSS style to apply, if any.</summary>
    Text,

    /// <summary>Accepted and deliberately rendered as nothing (<c>\limits</c> outside an operator, <c>\hline</c>, <c>\nonumber</c>).</summary>
    Ignored,
}
