using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.Plateau"/> measured.</summary>
/// <param name="Run">The training run (each epoch's rate in <see cref="EpochMetrics.LearningRate"/>).</param>
/// <param name="ObservedDrops">Epochs after which the rate dropped.</param>
/// <param name="ExpectedDrops">Epochs after which the validation losses call for a drop.</param>
/// <param name="Holds">Whether the claim held.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record PlateauResult(TrainingResult Run, IReadOnlyList<int> ObservedDrops, IReadOnlyList<int> ExpectedDrops, bool Holds, string Evidence);
