using LrNotebooks.Core.Running;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// The usable learning rates of a sweep: those whose run reached the tolerance (status converged, not diverged)
/// within its step budget. The width of the window, in decades, measures how forgiving an optimizer is about its
/// base learning rate.
/// </summary>
/// <param name="Label">The optimizer's label, for tables.</param>
/// <param name="LearningRates">The swept learning rates, ascending.</param>
/// <param name="Usable">Usable[i]: the run with LearningRates[i] converged and did not diverge.</param>
public sealed record LearningRateWindow(string Label, IReadOnlyList<double> LearningRates, IReadOnlyList<bool> Usable)
{
    /// <summary>
    /// Reads the window off a sweep whose runs had a convergence test (<see cref="RunOptions.Tolerance"/> &gt; 0):
    /// a rate is usable when its run's status is converged.
    /// </summary>
    /// <param name="label">The optimizer's label.</param>
    /// <param name="sweep">The sweep; its learning rates must be strictly ascending and &gt; 0.</param>
    public static LearningRateWindow Of(string label, LearningRateSweep sweep)
    {
        Guard.NotBlank(label);
        ArgumentNullException.ThrowIfNull(sweep);
        IReadOnlyList<double> rates = sweep.LearningRates;
        for (int i = 0; i < rates.Count; i++)
        {
            Guard.Positive(rates[i], $"{nameof(sweep)}.LearningRates[{i}]");
            if (i > 0 && rates[i] <= rates[i - 1])
                throw new ArgumentException($"sweep.LearningRates must be strictly ascending, but [{i - 1}] = {Numbers.Format(rates[i - 1], 6)} >= [{i}] = {Numbers.Format(rates[i], 6)}.", nameof(sweep));
        }
        return new LearningRateWindow(label, [.. rates], [.. sweep.Runs.Select(r => r.Status.Converged)]);
    }

    /// <summary>How many swept rates are usable.</summary>
    public int Count => Usable.Count(u => u);

    /// <summary>The smallest usable rate, or null if none is usable.</summary>
    public double? Lowest => Count == 0 ? null : LearningRates[IndexOfFirst()];

    /// <summary>The largest usable rate, or null if none is usable.</summary>
    public double? Highest => Count == 0 ? null : LearningRates[IndexOfLast()];

    /// <summary>log₁₀(Highest / Lowest): the width of the window in decades (0 with fewer than two usable rates).</summary>
    public double Decades => Count < 2 ? 0 : Math.Log10(Highest!.Value / Lowest!.Value);

    /// <summary>Whether every rate between <see cref="Lowest"/> and <see cref="Highest"/> is usable (no holes in the window).</summary>
    public bool IsContiguous => Count == 0 || Enumerable.Range(IndexOfFirst(), IndexOfLast() - IndexOfFirst() + 1).All(i => Usable[i]);

    /// <summary>e.g. <c>SGD: η from 0.215 to 0.464 (0.33 decades, 3 of 37 rates)</c>.</summary>
    public override string ToString() => Count == 0
        ? $"{Label}: no usable rate (0 of {LearningRates.Count})"
        : $"{Label}: η from {Numbers.Format(Lowest!.Value)} to {Numbers.Format(Highest!.Value)} "
          + $"({Numbers.Format(Decades)} decades, {Count} of {LearningRates.Count} rates{(IsContiguous ? "" : ", with holes")})";

    private int IndexOfFirst() => Usable.ToList().IndexOf(true);

    private int IndexOfLast() => Usable.ToList().LastIndexOf(true);
}
