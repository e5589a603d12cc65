namespace LrNotebooks.Core.Schedules;

/// <summary>Whether <see cref="ReduceOnPlateau"/> watches a metric that should fall or rise (PyTorch's <c>mode</c>).</summary>
public enum PlateauMode
{
    /// <summary>Lower is better, e.g. a validation loss (PyTorch <c>'min'</c>).</summary>
    Min,

    /// <summary>Higher is better, e.g. a validation accuracy (PyTorch <c>'max'</c>).</summary>
    Max,
}
