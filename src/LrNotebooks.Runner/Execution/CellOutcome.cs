namespace LrNotebooks.Runner.Execution;

/// <summary>How one cell's execution ended.</summary>
public enum CellOutcome
{
    /// <summary>Ran and produced no error.</summary>
    Succeeded,

    /// <summary>Compile error, exception or error output.</summary>
    Failed,

    /// <summary>Still running when the per-cell timeout passed; the kernel was stopped.</summary>
    TimedOut,

    /// <summary>The kernel process died while the cell ran.</summary>
    KernelDied,

    /// <summary>Stopped by Ctrl+C or a termination signal.</summary>
    Interrupted,

    /// <summary>Not run because an earlier cell failed or the run was stopped.</summary>
    NotRun,

    /// <summary>A code cell with no code; nothing to run.</summary>
    Empty,
}
