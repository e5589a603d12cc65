using LrNotebooks.Core.Analysis;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.WarmUp"/> measured.</summary>
/// <param name="Suggestion">The Adam range test's suggestion (minimum / 10).</param>
/// <param name="Peak">The peak rate used.</param>
/// <param name="Constant">Runs at the peak rate from step 0, one per seed.</param>
/// <param name="WarmedUp">Runs with the linear warm-up, one per seed.</param>
/// <param name="Comparison">Final validation accuracy, warmed-up − constant, paired over seeds.</param>
/// <param name="UpdateSizes">RMS(Δθ)/η per step of the constant run's first steps (first seed).</param>
/// <param name="EarlyUpdate">Mean of the first tenth of <paramref name="UpdateSizes"/>.</param>
/// <param name="LateUpdate">Mean of the last tenth of <paramref name="UpdateSizes"/>.</param>
/// <param name="Holds">Whether the claim held.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record WarmUpResult(double Suggestion, double Peak, TrainingResult[] Constant, TrainingResult[] WarmedUp, PairedComparison Comparison,
    double[] UpdateSizes, double EarlyUpdate, double LateUpdate, bool Holds, string Evidence);
