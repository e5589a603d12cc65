namespace LrNotebooks.Runner.Tests.Support;

/// <summary>
/// Finds live processes a runner started: every kernel process tree carries LRNOTEBOOKS_RUN_ID=&lt;run id&gt;
/// in its environment (read from /proc; zombies, which hold nothing, are ignored).
/// </summary>
public static class KernelProcesses
{
    /// <summary>Ids of live processes whose environment has the run id.</summary>
    public static IReadOnlyList<int> AliveFor(string runId)
    {
        var marker = $"LRNOTEBOOKS_RUN_ID={runId}";
        var alive = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var environment = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                if (environment.Contains(marker) && !IsZombie(dir)) alive.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Exited while scanning, or not ours to read.
            }
        }

        return alive;
    }

    /// <summary>True when the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        var dir = $"/proc/{pid}";
        try
        {
            return Directory.Exists(dir) && !IsZombie(dir);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsZombie(string dir)
    {
        var stat = File.ReadAllText(Path.Combine(dir, "stat"));
        // Field 3 follows the parenthesised command name, which may contain spaces.
        var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
        return state is "Z" or "X";
    }
}
