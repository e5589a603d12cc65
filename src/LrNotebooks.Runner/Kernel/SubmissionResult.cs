namespace LrNotebooks.Runner.Kernel;

/// <summary>How a submitted cell ended.</summary>
internal enum SubmissionCompletion
{
    /// <summary>CommandSucceeded.</summary>
    Succeeded,

    /// <summary>CommandFailed.</summary>
    Failed,

    /// <summary>No terminal event within the cell timeout.</summary>
    TimedOut,

    /// <summary>The kernel process ended (or its stdio broke) before a terminal event.</summary>
    KernelExited,
}

/// <summary>How a submitted cell ended, with the kernel's failure message when there is one.</summary>
/// <param name="Completion">Terminal state.</param>
/// <param name="Message">CommandFailed's message, or what happened to the kernel.</param>
internal sealed record SubmissionResult(SubmissionCompletion Completion, string? Message);
