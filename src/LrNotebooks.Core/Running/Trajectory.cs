namespace LrNotebooks.Core.Running;

/// <summary>
/// The record of one optimizer run on a surface. Every list holds finite numbers only: a run that diverges
/// stops at the last finite point and says so in <see cref="Status"/>.
/// </summary>
/// <param name="Label">Legend label, e.g. <c>SGD(lr=0.5)</c>.</param>
/// <param name="Points">Points[i] is the iterate after i steps (Points[0] is the start).</param>
/// <param name="Losses">Losses[i] = f(Points[i]).</param>
/// <param name="LearningRates">LearningRates[i] is the learning rate used by step i (from Points[i] to Points[i+1]).</param>
/// <param name="GradientNorms">GradientNorms[i] = |grad f(Points[i])| (the exact gradient, without noise).</param>
/// <param name="EffectiveStepSizes">EffectiveStepSizes[i] is the per-parameter effective step size used by step i.</param>
/// <param name="Status">Converged, still running or diverged (with the step index).</param>
public sealed record Trajectory(
    string Label,
    IReadOnlyList<double[]> Points,
    IReadOnlyList<double> Losses,
    IReadOnlyList<double> LearningRates,
    IReadOnlyList<double> GradientNorms,
    IReadOnlyList<double[]> EffectiveStepSizes,
    RunStatus Status)
{
    /// <summary>The number of steps taken (Points.Count - 1).</summary>
    public int StepsTaken => Points.Count - 1;

    /// <summary>The last finite iterate.</summary>
    public double[] FinalPoint => Points[^1];

    /// <summary>The loss at the last finite iterate.</summary>
    public double FinalLoss => Losses[^1];
}
