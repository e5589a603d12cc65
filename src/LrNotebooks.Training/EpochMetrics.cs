namespace LrNotebooks.Training;

/// <summary>The metrics of one training epoch.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean cross-entropy over the training set at the end of the epoch.</param>
/// <param name="TrainAccuracy">Training accuracy in [0, 1] at the end of the epoch.</param>
/// <param name="ValidationLoss">Mean cross-entropy over the validation set at the end of the epoch.</param>
/// <param name="ValidationAccuracy">Validation accuracy in [0, 1] at the end of the epoch.</param>
/// <param name="LearningRate">The learning rate used by the epoch's last batch.</param>
public sealed record EpochMetrics(
    int Epoch,
    double TrainLoss,
    double TrainAccuracy,
    double ValidationLoss,
    double ValidationAccuracy,
    double LearningRate);
