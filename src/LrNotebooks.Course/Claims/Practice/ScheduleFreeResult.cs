using LrNotebooks.Core.Analysis;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.ScheduleFree"/> measured.</summary>
/// <param name="Runs">One schedule-free run per seed, as long as the longest budget.</param>
/// <param name="Accuracy">Per budget: validation accuracy, schedule-free − cosine, paired over seeds.</param>
/// <param name="Loss">Per budget: validation loss, schedule-free / cosine.</param>
/// <param name="Holds">Whether the claim held.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record ScheduleFreeResult(TrainingResult[] Runs, PairedComparison[] Accuracy, PairedComparison[] Loss, bool Holds, string Evidence);
