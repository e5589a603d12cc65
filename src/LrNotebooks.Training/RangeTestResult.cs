namespace LrNotebooks.Training;

/// <summary>
/// The curve of an LR range test (Smith 2015; fast.ai <c>lr_find</c>) and the learning rates it suggests.
/// </summary>
/// <param name="LearningRates">The learning rate of each batch step (growing exponentially).</param>
/// <param name="Losses">The raw mini-batch loss at each step (finite values only; the test stops before a non-finite one).</param>
/// <param name="SmoothedLosses">The bias-corrected exponential running average of the loss.</param>
/// <param name="SteepestLearningRate">Suggestion 1: the LR where the smoothed loss falls fastest against log LR.</param>
/// <param name="MinimumOverTenLearningRate">Suggestion 2: the LR of the smallest smoothed loss, divided by 10.</param>
/// <param name="StopReason">Why the test stopped, e.g. "smoothed loss exceeded 4x its best at step 87".</param>
public sealed record RangeTestResult(
    IReadOnlyList<double> LearningRates,
    IReadOnlyList<double> Losses,
    IReadOnlyList<double> SmoothedLosses,
    double SteepestLearningRate,
    double MinimumOverTenLearningRate,
    string StopReason)
{
    /// <summary>The index of the steepest-descent point (<c>LearningRates[SteepestIndex] == SteepestLearningRate</c>).</summary>
    public int SteepestIndex { get; init; }

    /// <summary>The index of the smallest smoothed loss (<c>LearningRates[MinimumIndex] / 10 == MinimumOverTenLearningRate</c>).</summary>
    public int MinimumIndex { get; init; }

    /// <summary>The first index the suggestions considered.</summary>
    public int SuggestionWindowStart { get; init; }

    /// <summary>One past the last index the suggestions considered.</summary>
    public int SuggestionWindowEnd { get; init; }
}
