using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// How much a run still moves at its end. With a fixed learning rate the mini-batch noise keeps the weights
/// moving, so the validation accuracy jumps from epoch to epoch; a schedule that decays the rate lets them
/// settle (the "fine tuning at the end" of learning-rate decay), and the last epochs agree.
/// </summary>
public static class Settling
{
    /// <summary>
    /// The range (max - min) of the validation accuracy over the last <paramref name="lastEpochs"/> epochs of
    /// <paramref name="run"/>, as a fraction (0.0028 is one of 359 validation images).
    /// </summary>
    /// <param name="run">A run with at least <paramref name="lastEpochs"/> completed epochs.</param>
    /// <param name="lastEpochs">How many final epochs to compare, &gt;= 2. Default 3.</param>
    /// <exception cref="ArgumentException">The run has fewer completed epochs than <paramref name="lastEpochs"/>.</exception>
    public static double ValidationAccuracyRange(TrainingResult run, int lastEpochs = 3)
    {
        ArgumentNullException.ThrowIfNull(run);
        Guard.AtLeast(lastEpochs, 2);
        if (run.Epochs.Count < lastEpochs)
            throw new ArgumentException($"run must have at least lastEpochs = {lastEpochs} completed epochs, but had {run.Epochs.Count} ({run.Status}).", nameof(run));
        var last = run.Epochs.Skip(run.Epochs.Count - lastEpochs).Select(e => e.ValidationAccuracy).ToArray();
        return last.Max() - last.Min();
    }
}
