namespace LrNotebooks.Core.Schedules;

/// <summary>How <see cref="OneCycleSchedule"/> moves between its phase end points (PyTorch's <c>anneal_strategy</c>).</summary>
public enum OneCycleAnneal
{
    /// <summary>Half a cosine: <c>end + (start − end)/2 · (1 + cos(π·pct))</c> (PyTorch <c>'cos'</c>, the default).</summary>
    Cos,

    /// <summary>A straight line: <c>start + (end − start)·pct</c> (PyTorch <c>'linear'</c>).</summary>
    Linear,
}
