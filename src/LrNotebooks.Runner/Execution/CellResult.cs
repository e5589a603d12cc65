namespace LrNotebooks.Runner.Execution;

/// <summary>Execution of one code cell.</summary>
/// <param name="Number">1-based position among all the notebook's cells.</param>
/// <param name="FirstLine">First non-blank line of the cell's code.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Elapsed">Wall time from submission to the kernel's answer.</param>
/// <param name="Error">What went wrong (<c>ename: evalue</c> or the timeout), null when it succeeded.</param>
public sealed record CellResult(int Number, string FirstLine, CellOutcome Outcome, TimeSpan Elapsed, string? Error)
{
    /// <summary>True when the cell counts against the notebook (anything but success, empty or not run).</summary>
    public bool IsFailure => Outcome is CellOutcome.Failed or CellOutcome.TimedOut or CellOutcome.KernelDied or CellOutcome.Interrupted;
}
