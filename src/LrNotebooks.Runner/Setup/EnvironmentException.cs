namespace LrNotebooks.Runner.Setup;

/// <summary>
/// Something outside the notebooks keeps the run from starting or going on (exit code 3): the
/// library does not build or is not built, the kernel tool is missing or does not start.
/// The message says what happened and which command fixes it.
/// </summary>
public sealed class EnvironmentException : Exception
{
    /// <summary>Creates the exception with a message that ends with the command to run.</summary>
    public EnvironmentException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
