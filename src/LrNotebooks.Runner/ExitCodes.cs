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

    /// <summary>
    /// Bad usage or bad input: unknown option, no matching notebook, malformed notebook, an output path
    /// that is a file or cannot be made a folder, an output folder another run is using.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>Environment problem: library build failed or not built, kernel tool missing or not starting, a file that cannot be written.</summary>
    public const int Environment = 3;

    /// <summary>The notebooks ran, but exporting the site failed: a bug in the site exporter, not in the environment.</summary>
    public const int SiteExportFailed = 4;

    /// <summary>Anything else the runner did not foresee (a bug in the runner); the message names the error.</summary>
    public const int InternalError = 5;

    /// <summary>Interrupted by Ctrl+C or a termination signal (128 + SIGINT).</summary>
    public const int Interrupted = 130;
}
