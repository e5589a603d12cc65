namespace LrNotebooks.Course;

/// <summary>
/// Thrown by <see cref="Claim.Check"/> when a claim of the lesson does not hold for the computed numbers.
/// The message names the claim, its statement and the evidence against it.
/// </summary>
public sealed class ClaimFailedException : Exception
{
    /// <summary>Creates the exception for claim <paramref name="id"/>.</summary>
    public ClaimFailedException(string id, string statement, string evidence)
        : base($"✘ Claim {id} does not hold: {statement} (evidence: {evidence})")
    {
        Id = id;
        Statement = statement;
        Evidence = evidence;
    }

    /// <summary>The claim's identifier, e.g. <c>C3</c>.</summary>
    public string Id { get; }

    /// <summary>What the claim says.</summary>
    public string Statement { get; }

    /// <summary>The measured numbers that contradict it.</summary>
    public string Evidence { get; }
}
