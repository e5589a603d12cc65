namespace LrNotebooks.Runner.Cli;

/// <summary>Outcome of parsing the command line: options to run with, a request for help, or a usage error.</summary>
/// <param name="Options">The options when parsing succeeded and no help was asked for.</param>
/// <param name="ShowHelp">True when <c>--help</c> was given.</param>
/// <param name="Error">A one-line usage error naming the offending argument.</param>
public sealed record CommandLineResult(RunnerOptions? Options, bool ShowHelp, string? Error);
