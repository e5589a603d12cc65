namespace LrNotebooks.Core.Schedules;

/// <summary>How <see cref="ReduceOnPlateau"/> decides that a metric improved on the best one (PyTorch's <c>threshold_mode</c>).</summary>
public enum ThresholdMode
{
    /// <summary>Improvement by a fraction: <c>best · (1 ∓ threshold)</c> (PyTorch <c>'rel'</c>, the default).</summary>
    Relative,

    /// <summary>Improvement by an amount: <c>best ∓ threshold</c> (PyTorch <c>'abs'</c>).</summary>
    Absolute,
}
