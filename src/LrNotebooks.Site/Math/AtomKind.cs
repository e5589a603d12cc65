namespace LrNotebooks.Site.Math;

/// <summary>How an atom takes its sub- and superscripts (TeX's atom classes that matter for placement).</summary>
internal enum AtomKind
{
    /// <summary>Scripts at the side (<c>msub</c>/<c>msup</c>).</summary>
    Ordinary,

    /// <summary><c>\sum</c>-like: limits under/over in display style, at the side inline (movable limits).</summary>
    LargeOperator,

    /// <summary><c>\int</c>-like: scripts at the side unless <c>\limits</c>.</summary>
    Integral,

    /// <summary><c>\lim</c>, <c>\min</c>, <c>\operatorname*</c>: movable limits, then function application.</summary>
    LimitFunction,

    /// <summary><c>\log</c>, <c>\operatorname</c>: scripts at the side, then function application.</summary>
    Function,

    /// <summary><c>\overbrace</c>/<c>\underbrace</c>: scripts always above/below.</summary>
    Stack,
}
