using LrNotebooks.Core.Running;

namespace LrNotebooks.Course;

/// <summary>One named line of a <see cref="Plots.Lines"/> or <see cref="Plots.Sweep"/> chart: Y[i] is drawn at X[i].</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">The x values (for <see cref="Plots.Sweep"/>: empty, or the sweep's learning rates).</param>
/// <param name="Y">The y values; non-finite values are not drawn as numbers (Lines leaves a gap, Sweep marks them "diverged").</param>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y)
{
    /// <summary>A series whose x values are given by the chart (e.g. the learning rates of a <see cref="Plots.Sweep"/>).</summary>
    public Series(string name, IReadOnlyList<double> y) : this(name, [], y) { }

    /// <summary>The mean loss per step of a seed ensemble (x = step 0, 1, ...), labelled with the ensemble's label.</summary>
    public static Series MeanLoss(SeedEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        return new(ensemble.Label, [.. Enumerable.Range(0, ensemble.MeanLosses.Count).Select(t => (double)t)], ensemble.MeanLosses);
    }
}
