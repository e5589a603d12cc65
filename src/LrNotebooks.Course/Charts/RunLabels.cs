using LrNotebooks.Core.Running;

namespace LrNotebooks.Course;

/// <summary>
/// Legend names in plain words (<see cref="OptimizerLabels.Plain"/>) that say when a run diverged, so the reader never
/// mistakes a cut-off line for a finished one.
/// </summary>
internal static class RunLabels
{
    public static string Legend(string label, RunStatus status) =>
        status.Diverged ? $"{OptimizerLabels.Plain(label)} — {status}" : OptimizerLabels.Plain(label);

    public static string Legend(Trajectory run) => Legend(run.Label, run.Status);
}
