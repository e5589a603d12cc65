namespace LrNotebooks.Runner.Cli;

/// <summary>Bad usage found after parsing, such as a <c>--notebooks</c> pattern that matches nothing (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
