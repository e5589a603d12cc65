namespace LrNotebooks.Course.Tests.ClaimRobustness;

/// <summary>Marks a test that re-runs a notebook's claim computation under perturbed settings.</summary>
/// <param name="notebook">The notebook's number prefix, e.g. "04".</param>
/// <param name="claimId">The id passed to <c>Claim.Check</c> in that notebook, e.g. "C6".</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ClaimRobustnessAttribute(string notebook, string claimId) : Attribute
{
    /// <summary>The notebook's number prefix.</summary>
    public string Notebook { get; } = notebook;

    /// <summary>The claim id.</summary>
    public string ClaimId { get; } = claimId;
}
