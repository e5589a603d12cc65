namespace LrNotebooks.Runner.Setup;

/// <summary>
/// The notebooks ran and were written, but the site export threw (exit code 4): a bug in the exporter
/// or an output it cannot render, not a problem of the environment.
/// </summary>
public sealed class SiteExportException(string message, Exception inner) : Exception(message, inner);
