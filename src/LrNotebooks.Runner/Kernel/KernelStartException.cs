namespace LrNotebooks.Runner.Kernel;

/// <summary>The kernel process could not be started or ended before it was ready.</summary>
internal sealed class KernelStartException(string message, Exception? inner = null) : Exception(message, inner);
