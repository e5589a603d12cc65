using System.Diagnostics;

namespace LrNotebooks.Runner.Processes;

/// <summary>
/// Ends a process with all its descendants. <c>dotnet tool run</c> starts the kernel as a child
/// process, so killing only the started process would orphan the kernel.
/// </summary>
internal static class ProcessTree
{
    /// <summary>Kills <paramref name="process"/> and its descendants and waits briefly for the exit; never throws.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (process.HasExited) return;
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (InvalidOperationException)
        {
            // Not started or already gone.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Raced with the process exiting by itself.
        }
    }
}
