using System.Collections.Concurrent;
using System.Diagnostics;

namespace LrNotebooks.Runner.Processes;

/// <summary>
/// Every child process the runner has started and not yet ended, so that Ctrl+C, a termination
/// signal or process exit can end them all (<see cref="KillAll"/>), whatever the runner was doing.
/// </summary>
internal static class ChildProcessRegistry
{
    private static readonly ConcurrentDictionary<int, Process> Live = new();

    /// <summary>Records a started process.</summary>
    public static void Add(Process process) => Live[process.Id] = process;

    /// <summary>Kills the process tree (if still alive) and forgets it.</summary>
    public static void KillAndRemove(Process process)
    {
        ProcessTree.Kill(process);
        Live.TryRemove(process.Id, out _);
    }

    /// <summary>Kills every recorded process tree; safe to call from any thread, more than once.</summary>
    public static void KillAll()
    {
        foreach (var process in Live.Values)
            KillAndRemove(process);
    }
}
