namespace LrNotebooks.Core.Running;

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>The loss came within the tolerance of the minimum value.</summary>
    Converged,

    /// <summary>The step budget ran out before convergence (or no tolerance was set).</summary>
    StillRunning,

    /// <summary>The loss became non-finite or exploded; the run was stopped.</summary>
    Diverged,
}

/// <summary>The outcome of a run and the step at which it was decided.</summary>
/// <param name="Outcome">Converged, still running or diverged.</param>
/// <param name="Step">For <see cref="RunOutcome.Converged"/> the first step whose iterate met the tolerance;
/// for <see cref="RunOutcome.Diverged"/> the step whose result was non-finite or exploding; otherwise the steps taken.</param>
public sealed record RunStatus(RunOutcome Outcome, int Step)
{
    /// <summary>Whether the run diverged.</summary>
    public bool Diverged => Outcome == RunOutcome.Diverged;

    /// <summary>Whether the run converged.</summary>
    public bool Converged => Outcome == RunOutcome.Converged;

    /// <summary>"converged at step k", "still running after k steps" or "diverged at step k".</summary>
    public override string ToString() => Outcome switch
    {
        RunOutcome.Converged => $"converged at step {Step}",
        RunOutcome.Diverged => $"diverged at step {Step}",
        _ => $"still running after {Step} steps",
    };
}
