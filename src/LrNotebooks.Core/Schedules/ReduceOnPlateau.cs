namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Reduce-on-plateau: multiply the learning rate by <c>factor</c> when a watched metric has not improved for
/// more than <c>patience</c> consecutive epochs. Unlike a <see cref="Schedule"/> it depends on the metric
/// values, so it is a small state machine: call <see cref="Step"/> once per epoch with the epoch's metric
/// and use the returned rate for the next epoch.
/// </summary>
/// <remarks>
/// <para>
/// One <see cref="Step"/> (PyTorch 1.13 <c>ReduceLROnPlateau.step</c>, reproduced exactly):
/// the metric is better if <c>metric &lt; best·(1 − threshold)</c> (min, relative), <c>metric &lt; best − threshold</c>
/// (min, absolute), <c>metric &gt; best·(1 + threshold)</c> (max, relative) or <c>metric &gt; best + threshold</c>
/// (max, absolute); <c>best</c> starts at +∞ (min) or −∞ (max). A better metric becomes <c>best</c> and clears the
/// count of bad epochs, otherwise the count grows by one. During a cooldown the cooldown counter falls by
/// one and bad epochs are not counted. When the count exceeds <c>patience</c>, the rate becomes
/// <c>max(lr · factor, minLr)</c> — applied only if that lowers it by more than <c>eps</c> — the cooldown
/// counter is set to <c>cooldown</c> and the count is cleared.
/// </para>
/// <para>
/// The relative mode assumes a positive metric (as PyTorch's does). A NaN metric never counts as better (every comparison with NaN is false), exactly as in PyTorch, so a
/// diverged run's NaN loss counts as a bad epoch instead of throwing.
/// </para>
/// <para>
/// Keras: <c>callbacks.ReduceLROnPlateau(monitor, factor, patience, mode, min_delta, cooldown, min_lr)</c>
/// (absolute threshold only, and it waits for <c>patience</c> bad epochs rather than more than
/// <c>patience</c>). Optax: <c>contrib.reduce_on_plateau</c> (a gradient transformation that scales updates).
/// </para>
/// </remarks>
public sealed class ReduceOnPlateau
{
    /// <summary>Creates the state machine with the learning rate of the first epoch.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="mode">Whether the metric should fall (<see cref="PlateauMode.Min"/>) or rise.</param>
    /// <param name="factor">The factor applied on a plateau, in (0, 1).</param>
    /// <param name="patience">The number of bad epochs tolerated before a reduction, &gt;= 0.</param>
    /// <param name="threshold">The minimal improvement that counts: in [0, 1) when relative, finite and &gt;= 0 when absolute.</param>
    /// <param name="thresholdMode">Whether <paramref name="threshold"/> is relative to the best metric or absolute.</param>
    /// <param name="cooldown">The number of epochs after a reduction during which bad epochs are not counted, &gt;= 0.</param>
    /// <param name="minLr">The lower bound of the learning rate, finite and &gt;= 0.</param>
    /// <param name="eps">Reductions smaller than this are skipped, finite and &gt;= 0.</param>
    public ReduceOnPlateau(double lr, PlateauMode mode = PlateauMode.Min, double factor = 0.1, int patience = 10,
        double threshold = 1e-4, ThresholdMode thresholdMode = ThresholdMode.Relative, int cooldown = 0,
        double minLr = 0, double eps = 1e-8)
    {
        LearningRate = Guard.NonNegative(lr);
        Mode = Guard.Defined(mode);
        Factor = Guard.InRange(factor, 0, 1, minInclusive: false, maxInclusive: false);
        Patience = Guard.AtLeast(patience, 0);
        ThresholdMode = Guard.Defined(thresholdMode);
        // A relative threshold of 1 or more turns best·(1 − threshold) into 0, a negative number or NaN (∞·0).
        Threshold = thresholdMode == ThresholdMode.Relative
            ? Guard.InRange(threshold, 0, 1, maxInclusive: false)
            : Guard.NonNegative(threshold);
        Cooldown = Guard.AtLeast(cooldown, 0);
        MinLearningRate = Guard.NonNegative(minLr);
        Eps = Guard.NonNegative(eps);
        Best = Mode == PlateauMode.Min ? double.PositiveInfinity : double.NegativeInfinity;
    }

    /// <summary>Whether the metric should fall or rise.</summary>
    public PlateauMode Mode { get; }

    /// <summary>The factor applied on a plateau.</summary>
    public double Factor { get; }

    /// <summary>The number of bad epochs tolerated before a reduction.</summary>
    public int Patience { get; }

    /// <summary>The minimal improvement that counts.</summary>
    public double Threshold { get; }

    /// <summary>Whether <see cref="Threshold"/> is relative or absolute.</summary>
    public ThresholdMode ThresholdMode { get; }

    /// <summary>The number of epochs without counting after a reduction.</summary>
    public int Cooldown { get; }

    /// <summary>The lower bound of the learning rate.</summary>
    public double MinLearningRate { get; }

    /// <summary>The smallest reduction that is applied.</summary>
    public double Eps { get; }

    /// <summary>The learning rate to use now (the initial rate before the first <see cref="Step"/>).</summary>
    public double LearningRate { get; private set; }

    /// <summary>The best metric so far (±∞ before the first step).</summary>
    public double Best { get; private set; }

    /// <summary>The number of consecutive bad epochs counted (PyTorch's <c>num_bad_epochs</c>).</summary>
    public int BadEpochs { get; private set; }

    /// <summary>The remaining cooldown epochs.</summary>
    public int CooldownCounter { get; private set; }

    /// <summary>The number of <see cref="Step"/> calls so far.</summary>
    public int Epoch { get; private set; }

    /// <summary>The number of reductions applied so far.</summary>
    public int Reductions { get; private set; }

    /// <summary>Records one epoch's metric and returns the learning rate to use for the next epoch.</summary>
    /// <param name="metric">The epoch's metric (any value; NaN counts as not better).</param>
    public double Step(double metric)
    {
        Epoch++;
        if (IsBetter(metric))
        {
            Best = metric;
            BadEpochs = 0;
        }
        else
        {
            BadEpochs++;
        }

        if (CooldownCounter > 0)
        {
            CooldownCounter--;
            BadEpochs = 0; // bad epochs during a cooldown are ignored
        }

        if (BadEpochs > Patience)
        {
            double reduced = Math.Max(LearningRate * Factor, MinLearningRate);
            if (LearningRate - reduced > Eps)
            {
                LearningRate = reduced;
                Reductions++;
            }
            CooldownCounter = Cooldown;
            BadEpochs = 0;
        }
        return LearningRate;
    }

    private bool IsBetter(double metric) => (Mode, ThresholdMode) switch
    {
        (PlateauMode.Min, ThresholdMode.Relative) => metric < Best * (1.0 - Threshold),
        (PlateauMode.Min, ThresholdMode.Absolute) => metric < Best - Threshold,
        (PlateauMode.Max, ThresholdMode.Relative) => metric > Best * (Threshold + 1.0),
        _ => metric > Best + Threshold,
    };
}
