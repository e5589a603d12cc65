namespace LrNotebooks.Runner;

/// <summary>
/// Process exit codes of the runner, documented in the runner's README and <c>--help</c>.
/// </summary>
public static class ExitCodes
{
    /// <summary>Every selected notebook ran without an error and met its declared expectations.</summary>
    public const int Ok = 0;

    /// <summary>A cell failed, timed out or the kernel died, or a notebook missed a declared expectation.</summary>
    public const int NotebookFailed = 1;

    /// <summary>Bad usage or bad input: unknown option, no matching notebook, malformed notebook.</summary>
    public const int BadInput = 2;

    /// <summary>Environment problem: library build failed or not built, kernel tool missing or not starting, site export failed.</summary>
    public const int Environment = 3;

    /// <summary>Interrupted by Ctrl+C or a termination signal (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
