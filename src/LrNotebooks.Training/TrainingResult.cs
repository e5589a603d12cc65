using LrNotebooks.Core.Running;

namespace LrNotebooks.Training;

/// <summary>
/// The record of one training run: one <see cref="EpochMetrics"/> per completed epoch (finite numbers only)
/// and how the run ended. A run whose loss became non-finite stops and reports
/// <see cref="RunOutcome.Diverged"/> with the 0-based global batch step in <see cref="RunStatus.Step"/>.
/// </summary>
/// <param name="Label">Legend label, e.g. <c>MLP 64-64, SGD(lr=0.1, momentum=0.9), cosine</c>.</param>
/// <param name="Epochs">The completed epochs, in order.</param>
/// <param name="Status">Still running (all epochs done) or diverged at a batch step.</param>
public sealed record TrainingResult(string Label, IReadOnlyList<EpochMetrics> Epochs, RunStatus Status)
{
    /// <summary>
    /// The validation accuracy after the last epoch; null when the run diverged (its parameters are not finite, so
    /// there is no trained model to score; the epochs before the divergence are still in <see cref="Epochs"/>).
    /// </summary>
    public double? FinalValidationAccuracy => Status.Diverged || Epochs.Count == 0 ? null : Epochs[^1].ValidationAccuracy;

    /// <summary>The best validation accuracy over the completed epochs (also those before a divergence); null if none completed.</summary>
    public double? BestValidationAccuracy => Epochs.Count == 0 ? null : Epochs.Max(e => e.ValidationAccuracy);

    /// <summary>The mini-batch loss at every completed global batch step (computed before that step's update); finite values only.</summary>
    public IReadOnlyList<double> BatchLosses { get; init; } = [];

    /// <summary>The learning rate used by every completed global batch step (same length as <see cref="BatchLosses"/>).</summary>
    public IReadOnlyList<double> BatchLearningRates { get; init; } = [];

    /// <summary>Mini-batches (optimizer steps) per epoch; 0 when unknown.</summary>
    public int BatchesPerEpoch { get; init; }

    /// <summary>
    /// The trained parameters in the <see cref="Network"/> layout (use with <see cref="Network.Predict"/>);
    /// null when the run diverged (its parameters are not finite). For a schedule-free optimizer these are its evaluation
    /// point x (the average), where the epoch metrics were measured too, not the gradient point y.
    /// </summary>
    public double[]? Parameters { get; init; }

    /// <summary>The sharpness measurements when <see cref="TrainingOptions.Sharpness"/> was set (empty otherwise), in step order.</summary>
    public IReadOnlyList<SharpnessPoint> Sharpness { get; init; } = [];
}
