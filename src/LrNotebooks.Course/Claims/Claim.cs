using LrNotebooks.Core;
namespace LrNotebooks.Course;

/// <summary>
/// Asserts a claim of the lesson inside a notebook. A claim that holds is displayed as a green
/// "✔ C3 holds: ..." line with its evidence; a claim that no longer holds throws
/// <see cref="ClaimFailedException"/>, so the notebook (and the course's CI run of it) fails instead of
/// quietly teaching something false.
/// </summary>
public static class Claim
{
    /// <summary>
    /// Checks one claim.
    /// </summary>
    /// <param name="id">The claim's identifier, e.g. <c>C3</c>.</param>
    /// <param name="holds">The computed truth value of the claim.</param>
    /// <param name="statement">What the claim says, in one sentence.</param>
    /// <param name="evidence">The measured numbers that decided it, e.g. <c>"12/12 rates below 2/L converged"</c>.</param>
    /// <returns>A displayable record of the passed check.</returns>
    /// <exception cref="ClaimFailedException"><paramref name="holds"/> is false.</exception>
    /// <exception cref="ArgumentException">A text argument is null, empty or whitespace.</exception>
    public static ClaimResult Check(string id, bool holds, string statement, string evidence)
    {
        Guard.NotBlank(id);
        Guard.NotBlank(statement);
        Guard.NotBlank(evidence);
        if (!holds) throw new ClaimFailedException(id, statement, evidence);
        return new ClaimResult(id, statement, evidence);
    }
}
