namespace LrNotebooks.Site.Math;

/// <summary>A math alphabet selected by a TeX font command.</summary>
internal enum MathVariant
{
    /// <summary><c>\mathrm</c>, <c>\operatorname</c>: upright.</summary>
    Normal,

    /// <summary><c>\mathbf</c>: upright bold.</summary>
    Bold,

    /// <summary><c>\mathit</c>: italic.</summary>
    Italic,

    /// <summary><c>\boldsymbol</c>, <c>\bm</c>: bold italic (also bold Greek).</summary>
    BoldItalic,

    /// <summary><c>\mathbb</c>: double-struck (ℝ, ℕ, ...).</summary>
    DoubleStruck,

    /// <summary><c>\mathcal</c>, <c>\mathscr</c>: script.</summary>
    Script,

    /// <summary><c>\mathfrak</c>: fraktur.</summary>
    Fraktur,

    /// <summary><c>\mathsf</c>: sans-serif.</summary>
    SansSerif,

    /// <summary><c>\mathtt</c>: monospace.</summary>
    Monospace,
}
