namespace LrNotebooks.Course;

/// <summary>
/// What a claim's computation found: whether the claim holds and the measured numbers that decided it. A notebook
/// passes both to <see cref="Claim.Check"/>; the robustness tests re-run the same computation with other seeds, grids
/// and budgets and compare <see cref="Holds"/>.
/// </summary>
/// <param name="Holds">Whether the claim holds for the runs that were measured.</param>
/// <param name="Evidence">The measured numbers behind the verdict, effect sizes with their intervals where runs are random.</param>
public sealed record ClaimVerdict(bool Holds, string Evidence);
