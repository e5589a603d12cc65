using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;

namespace LrNotebooks.Course;

/// <summary>The table a notebook shows for a basin census (<see cref="Basins.Survey"/>, <see cref="Basins.Census"/>).</summary>
public static class BasinTables
{
    /// <summary>
    /// A census as a table: learning rate, runs that ended at a global minimum, at a local minimum, elsewhere, and
    /// how many trapped starts escaped (count and share).
    /// </summary>
    /// <example><c>Basins.Survey(surface, starts, rates, lr =&gt; Optimizer.Sgd(lr), options).Table()</c></example>
    public static ResultTable Table(this IEnumerable<BasinCensus> census)
    {
        ArgumentNullException.ThrowIfNull(census);
        return ResultTable.From(census,
            ("η", c => c.LearningRate),
            ("→ global", c => c.InGlobal),
            ("→ local", c => c.InLocal),
            ("elsewhere", c => c.Elsewhere),
            ("trapped starts that escaped", c => $"{c.Escaped} of {c.Trapped}"),
            ("share", c => Numbers.Percent(c.EscapeFraction)));
    }
}
