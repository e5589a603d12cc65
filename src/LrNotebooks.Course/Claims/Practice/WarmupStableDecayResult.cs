using LrNotebooks.Core.Analysis;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>What <see cref="PracticeClaims.WarmupStableDecay"/> measured; run arrays are [budget][seed].</summary>
/// <param name="OneMinusSqrt">Branches with the 1 − sqrt cool-down.</param>
/// <param name="Linear">Branches with the linear cool-down.</param>
/// <param name="VersusCosine">Per budget: final validation loss, 1 − sqrt / cosine, paired over seeds.</param>
/// <param name="LinearVersusSqrt">Per budget: final validation loss, linear / 1 − sqrt.</param>
/// <param name="BranchesIdentical">Whether every branch equals the longest run before its cool-down.</param>
/// <param name="Holds">Whether the claim held.</param>
/// <param name="Evidence">The numbers, as a claim check prints them.</param>
public sealed record WarmupStableDecayResult(TrainingResult[][] OneMinusSqrt, TrainingResult[][] Linear, PairedComparison[] VersusCosine,
    PairedComparison[] LinearVersusSqrt, bool BranchesIdentical, bool Holds, string Evidence);
